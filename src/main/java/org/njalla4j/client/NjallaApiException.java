package org.njalla4j.client;

/**
 * An error that the Njalla API returned inside a JSON-RPC response. Njalla sends these
 * with HTTP status 200, so the code is the JSON-RPC error code (403 for "permission
 * denied", -32000 for "Invalid arguments"), not an HTTP status.
 */
public class NjallaApiException extends NjallaException {

    /**
     * JSON-RPC code Njalla uses when the domain is not in the account or the token may not
     * touch it.
     */
    public static final int PERMISSION_DENIED = 403;

    /** JSON-RPC code Njalla uses for missing or invalid parameters. */
    public static final int INVALID_ARGUMENTS = -32000;

    private final int code;
    private final String apiMessage;
    private final String method;

    public NjallaApiException(String method, int code, String apiMessage) {
        super(describe(method, code, apiMessage));
        this.code = code;
        this.apiMessage = apiMessage;
        this.method = method;
    }

    /** JSON-RPC error code. */
    public int code() {
        return code;
    }

    /** The message text exactly as the API sent it. */
    public String apiMessage() {
        return apiMessage;
    }

    /** Wire name of the method that failed, such as {@code add-record}. */
    public String method() {
        return method;
    }

    /** Whether this is the ambiguous 403 that also means "not your domain". */
    public boolean isPermissionDenied() {
        return code == PERMISSION_DENIED;
    }

    private static String describe(String method, int code, String apiMessage) {
        String text = method + " failed: " + code + " " + apiMessage;
        // A login is not made with a token, so the token hint would mislead there.
        if (code == PERMISSION_DENIED && !"login".equals(method)) {
            text += " (check the token's restrictions: source IP list (from), allowed domains,"
                    + " methods, record prefixes and types, and that the domain is in the account)";
        }
        return text;
    }
}

package org.njalla4j.emulator;

/**
 * A JSON-RPC error that the emulated API returns inside an HTTP 200 response, as the
 * real service does. The message is sent to the client verbatim.
 */
final class ApiError extends RuntimeException {

    static final int PERMISSION_DENIED = 403;
    static final int INVALID_ARGUMENTS = -32000;
    static final int INVALID_REQUEST = -32600;
    static final int METHOD_NOT_FOUND = -32601;
    static final int PARSE_ERROR = -32700;

    private final int code;

    ApiError(int code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** The service's reply for an unowned domain or a call outside a token's limits. */
    static ApiError permissionDenied() {
        return new ApiError(PERMISSION_DENIED, "permission denied");
    }

    /** The service's reply for a missing, malformed or out-of-range parameter. */
    static ApiError invalidArguments() {
        return new ApiError(INVALID_ARGUMENTS, "Invalid arguments");
    }

    /** A -32000 error with a specific message, for cases whose real wording is unknown. */
    static ApiError invalid(String message) {
        return new ApiError(INVALID_ARGUMENTS, message);
    }

    int code() {
        return code;
    }
}

package org.njalla4j.client;

/**
 * A failure to get a JSON-RPC response at all: a timeout, a refused connection, or an
 * HTTP response that is not JSON, such as an HTML 502 page from the proxy in front of
 * the API.
 */
public class NjallaTransportException extends NjallaException {

    private final String method;
    private final int httpStatus;

    public NjallaTransportException(String method, int httpStatus, String message,
            Throwable cause) {
        super(message, cause);
        this.method = method;
        this.httpStatus = httpStatus;
    }

    /** Wire name of the method whose request failed. */
    public String method() {
        return method;
    }

    /** HTTP status of the response, or 0 when no response arrived. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Whether no HTTP response arrived, so the server may or may not have acted. */
    public boolean isNoResponse() {
        return httpStatus == 0;
    }
}

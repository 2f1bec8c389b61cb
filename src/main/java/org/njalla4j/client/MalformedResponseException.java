package org.njalla4j.client;

/**
 * A JSON response that does not have the shape of a JSON-RPC result or error, or whose
 * result lacks a field the typed layer needs. Unchecked, because retrying does not help.
 */
public class MalformedResponseException extends RuntimeException {

    public MalformedResponseException(String message) {
        super(message);
    }

    public MalformedResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}

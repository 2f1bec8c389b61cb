package org.njalla4j.client;

/**
 * Root of the checked exceptions that the Njalla client throws. The message never
 * contains the API token.
 */
public class NjallaException extends Exception {

    public NjallaException(String message) {
        super(message);
    }

    public NjallaException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.njalla4j.dns01;

/**
 * A DNS-01 step failed: no zone found, the API rejected a record, the journal could not
 * be written, or a record did not propagate. The message is one line that names the
 * value involved and the fix.
 */
public class Dns01Exception extends Exception {

    public Dns01Exception(String message) {
        super(message);
    }

    public Dns01Exception(String message, Throwable cause) {
        super(message, cause);
    }
}

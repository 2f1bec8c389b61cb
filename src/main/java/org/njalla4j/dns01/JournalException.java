package org.njalla4j.dns01;

/**
 * A journal file that cannot be created, read or written, or whose content is not a
 * journal. The cause is local (a state directory or file), not DNS or the API, so
 * commands report it as invalid input.
 */
public class JournalException extends Dns01Exception {

    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }
}

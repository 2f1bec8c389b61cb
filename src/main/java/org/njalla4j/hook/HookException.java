package org.njalla4j.hook;

/**
 * A hook call that failed. The message is the one line the hook prints on stderr: what
 * failed and what to check. The exit code follows the {@code njalla} command: 1 when the
 * API returned an error, 2 for invalid usage or settings (nothing was sent), 3 for a
 * network failure or a timeout.
 */
public final class HookException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Exit code when the Njalla API returned an error. */
    public static final int API_ERROR = 1;

    /** Exit code for invalid usage, arguments or settings. */
    public static final int INVALID_INPUT = 2;

    /** Exit code for a network failure or a timeout, including a propagation timeout. */
    public static final int NETWORK_OR_TIMEOUT = 3;

    private final int exitCode;

    public HookException(int exitCode, String message) {
        this(exitCode, message, null);
    }

    public HookException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** Creates an exception for invalid usage or settings. */
    static HookException invalid(String message) {
        return new HookException(INVALID_INPUT, message);
    }

    /** The process exit code for this failure. */
    public int exitCode() {
        return exitCode;
    }
}

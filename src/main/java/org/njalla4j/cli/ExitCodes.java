package org.njalla4j.cli;

/** Exit codes of the {@code njalla} command, listed in the footer of its help. */
public final class ExitCodes {

    /** The command succeeded. */
    public static final int OK = 0;

    /** The API returned an error, or a response the command cannot read. */
    public static final int API_ERROR = 1;

    /** Invalid usage or input; nothing was sent. */
    public static final int USAGE = 2;

    /** A network failure or timeout; the API may or may not have acted. */
    public static final int NETWORK = 3;

    /** The help footer that documents the codes. */
    static final String FOOTER = "%nExit codes:%n"
            + "  0  success%n"
            + "  1  the API returned an error%n"
            + "  2  invalid usage or input (nothing was sent)%n"
            + "  3  network failure or timeout%n";

    private ExitCodes() {
    }
}

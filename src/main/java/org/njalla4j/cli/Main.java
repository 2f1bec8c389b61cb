package org.njalla4j.cli;

/**
 * Entry point of the {@code njalla} command.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command and returns its exit code, without exiting the JVM. */
    public static int run(String... args) {
        throw new UnsupportedOperationException("the command line is being built");
    }
}

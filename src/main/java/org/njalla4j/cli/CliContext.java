package org.njalla4j.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Standard streams and environment of one run of the {@code njalla} command. Tests pass
 * their own streams and variables; {@link #system()} is the real process.
 *
 * @param in standard input, read for secrets given as {@code -}
 * @param out standard output, for results
 * @param err standard error, for one-line error messages
 * @param env environment variables such as {@code NJALLA_TOKEN}
 */
public record CliContext(InputStream in, PrintWriter out, PrintWriter err,
        Map<String, String> env) {

    public CliContext {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        env = Map.copyOf(env);
    }

    /** Returns the process's own standard streams and environment. */
    public static CliContext system() {
        return new CliContext(System.in, new PrintWriter(System.out, true),
                new PrintWriter(System.err, true), System.getenv());
    }

    /**
     * Returns the context of the run that {@code spec} belongs to, found through the
     * root command, or {@link #system()} when the command runs outside {@link Main}.
     */
    public static CliContext of(CommandSpec spec) {
        Object root = spec == null ? null : spec.root().userObject();
        if (root instanceof NjallaCommand command) {
            return command.context();
        }
        return system();
    }

    /** Whether {@code NJALLA_DEBUG} requests stack traces. */
    boolean debugFromEnv() {
        String value = env.get("NJALLA_DEBUG");
        return value != null && !value.isBlank() && !value.equals("0")
                && !value.equalsIgnoreCase("false");
    }
}

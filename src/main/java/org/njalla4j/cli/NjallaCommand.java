package org.njalla4j.cli;

import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root {@code njalla} command; its subcommands do the work. */
@Command(name = "njalla", mixinStandardHelpOptions = true,
        versionProvider = NjallaCommand.Version.class,
        description = {
            "Calls the Njalla API and manages DNS records and certificates.",
            "Every API method is a subcommand of the same name, such as add-record;"
                    + " 'njalla methods' lists them.",
            "The token comes from NJALLA_TOKEN, or from a file at mode 0600 named by"
                    + " --token-file or NJALLA_TOKEN_FILE."},
        footer = ExitCodes.FOOTER,
        sortOptions = false)
public final class NjallaCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print stack traces with errors (env: NJALLA_DEBUG=1).")
    private boolean debug;

    NjallaCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /** The streams and environment of this run. */
    public CliContext context() {
        return context;
    }

    /** Whether {@code --debug} or {@code NJALLA_DEBUG} requests stack traces. */
    boolean debug() {
        return debug || context.debugFromEnv();
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(context.err());
        return ExitCodes.USAGE;
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"njalla " + (version == null ? "(development build)" : version)};
        }
    }
}

package org.njalla4j.cli;

import static java.util.Map.entry;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.njalla4j.client.ApiMethod;
import org.njalla4j.dns.DnsjavaSettings;
import picocli.CommandLine;

/**
 * Entry point of the {@code njalla} command. {@link #run(CliContext, String...)} returns
 * the exit code that {@link ExitCodes} documents, without exiting the JVM.
 */
public final class Main {

    /**
     * Top-level commands besides the API methods, in help order. To add a command, add
     * one line here. A command named first on the command line is built alone, without
     * the API method subcommands, so that hooks start fast.
     */
    private static final List<Map.Entry<String, Supplier<Object>>> COMMANDS = List.of(
            entry("methods", MethodsCommand::new),
            entry("call", CallCommand::new),
            entry("records", RecordsCommand::new),
            entry("cert", CertCommand::new),
            entry("emulator", EmulatorCommand::new),
            entry("hook", HookCommand::new),
            entry("completion", CompletionCommand::new));

    private Main() {
    }

    public static void main(String[] args) {
        DnsjavaSettings.skipShutdownHook();
        System.exit(run(args));
    }

    /** Runs the command with the process's streams and environment. */
    public static int run(String... args) {
        return run(CliContext.system(), args);
    }

    /** Runs the command with the given output streams and environment, reading System.in. */
    public static int run(PrintWriter out, PrintWriter err, Map<String, String> env,
            String... args) {
        return run(new CliContext(System.in, out, err, env), args);
    }

    /**
     * Runs the command and returns its exit code. Errors are written to the context's
     * error stream as one line; nothing is thrown.
     */
    public static int run(CliContext context, String... args) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(args, "args");
        if (isDebug(context, args)) {
            System.setProperty("org.slf4j.simpleLogger.log.org.njalla4j", "debug");
        }
        try {
            return commandLine(context, args).execute(args);
        } finally {
            context.out().flush();
            context.err().flush();
        }
    }

    /**
     * Builds the command line for {@code args}: only the named command when the first
     * argument names a top-level command or an API method, otherwise the whole tree.
     */
    static CommandLine commandLine(CliContext context, String... args) {
        Supplier<Object> single = args.length == 0 ? null : find(args[0]);
        if (single != null) {
            return withOne(context, args[0], single);
        }
        // An API method named exactly needs only its own subcommand, not the other 53.
        Optional<ApiMethod> method = args.length == 0 ? Optional.empty()
                : ApiMethod.byWireName(args[0]).filter(m -> m.wireName().equals(args[0]));
        return method.isPresent()
                ? withOne(context, args[0], () -> apiCommand(method.get()))
                : fullTree(context);
    }

    /**
     * Builds the whole command tree: every top-level command and one subcommand per API
     * method, with the streams and error handling of {@code context}.
     */
    static CommandLine fullTree(CliContext context) {
        CommandLine root = new CommandLine(new NjallaCommand(context));
        for (Map.Entry<String, Supplier<Object>> command : COMMANDS) {
            root.addSubcommand(command.getKey(), command.getValue().get());
        }
        for (ApiMethod method : ApiMethod.values()) {
            root.addSubcommand(method.wireName(), apiCommand(method));
        }
        root.addSubcommand("help", new CommandLine.HelpCommand());
        return configure(root, context);
    }

    private static CommandLine apiCommand(ApiMethod method) {
        return new CommandLine(ApiMethodCommand.spec(method));
    }

    private static CommandLine withOne(CliContext context, String name, Supplier<Object> command) {
        CommandLine root = new CommandLine(new NjallaCommand(context));
        root.addSubcommand(name, command.get());
        return configure(root, context);
    }

    private static CommandLine configure(CommandLine root, CliContext context) {
        ErrorReporter reporter = new ErrorReporter(context);
        return root.setOut(context.out())
                .setErr(context.err())
                .setExpandAtFiles(false)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(reporter)
                .setParameterExceptionHandler(reporter);
    }

    private static Supplier<Object> find(String name) {
        for (Map.Entry<String, Supplier<Object>> command : COMMANDS) {
            if (command.getKey().equals(name)) {
                return command.getValue();
            }
        }
        return null;
    }

    private static boolean isDebug(CliContext context, String... args) {
        return context.debugFromEnv() || List.of(args).contains("--debug");
    }
}

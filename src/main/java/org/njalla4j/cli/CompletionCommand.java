package org.njalla4j.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code njalla completion}: prints a bash completion script for every subcommand. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        versionProvider = NjallaCommand.Version.class,
        description = {"Print a bash completion script for njalla.",
            "Load it with: source <(njalla completion)"})
final class CompletionCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        // The fast path builds this command alone, so build the whole tree to complete.
        CliContext context = CliContext.of(spec);
        String script = AutoComplete.bash("njalla", Main.fullTree(context));
        spec.commandLine().getOut().print(script);
        return ExitCodes.OK;
    }
}

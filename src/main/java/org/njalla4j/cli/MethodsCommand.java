package org.njalla4j.cli;

import java.util.Arrays;
import java.util.concurrent.Callable;
import org.njalla4j.client.ApiMethod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code njalla methods}: prints the API method names, one per line, sorted. */
@Command(name = "methods", mixinStandardHelpOptions = true,
        versionProvider = NjallaCommand.Version.class,
        description = "Print the names of the Njalla API methods, one per line, sorted.")
final class MethodsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Arrays.stream(ApiMethod.values())
                .map(ApiMethod::wireName)
                .sorted()
                .forEach(spec.commandLine().getOut()::println);
        return ExitCodes.OK;
    }
}

package org.njalla4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.Callable;
import org.njalla4j.client.ApiMethod;
import org.njalla4j.client.ApiMethod.Param;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * One API method as a subcommand, built from the {@link ApiMethod} catalogue: each
 * parameter is an option, checked and converted by its kind before anything is sent.
 */
final class ApiMethodCommand implements Callable<Integer> {

    private final ApiMethod method;
    private final ApiOptions api = new ApiOptions();
    private final OutputOptions output = new OutputOptions();
    private CommandSpec spec;

    private ApiMethodCommand(ApiMethod method) {
        this.method = method;
    }

    /** Builds the subcommand for {@code method}. */
    static CommandSpec spec(ApiMethod method) {
        ApiMethodCommand command = new ApiMethodCommand(method);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.name(method.wireName());
        spec.addOption(OptionSpec.builder("-h", "--help")
                .usageHelp(true)
                .description("Show this help message and exit.")
                .build());
        spec.usageMessage()
                .description(MethodHelp.summary(method))
                .footer(ExitCodes.FOOTER)
                .sortOptions(false);
        for (Param param : method.params()) {
            spec.addOption(ParamOptions.option(method, param));
        }
        spec.addMixin("output", CommandSpec.forAnnotatedObject(command.output));
        spec.addMixin("api", CommandSpec.forAnnotatedObject(command.api));
        command.api.attachTo(spec);
        command.spec = spec;
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        CliContext context = CliContext.of(spec);
        Map<String, Object> params = ParamOptions.collect(method,
                spec.commandLine().getParseResult(), context.in());
        ParamOptions.checkRecordFields(method, params);
        ParamOptions.checkNotEmpty(method, params);

        JsonNode result = api.clientFor(method).call(method.wireName(), params);
        new ResultPrinter(context).print(method.wireName(), result, output.json());
        return ExitCodes.OK;
    }
}

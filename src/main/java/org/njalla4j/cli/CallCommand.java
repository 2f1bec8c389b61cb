package org.njalla4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.njalla4j.client.ApiMethod;
import org.njalla4j.client.ApiMethod.Param;
import org.njalla4j.client.Credentials;
import org.njalla4j.client.Credentials.CredentialsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code njalla call METHOD --params JSON}: sends any method, including ones the
 * catalogue does not list, with parameters given as one JSON object.
 */
@Command(name = "call", mixinStandardHelpOptions = true,
        versionProvider = NjallaCommand.Version.class, sortOptions = false,
        description = {"Send any API method with parameters given as a JSON object.",
            "Parameters that are secrets (a token key, a password) must come from a file at"
                    + " mode 0600 (--params @FILE) or standard input (--params -)."},
        footer = ExitCodes.FOOTER)
final class CallCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "METHOD",
            description = "Wire name of the method, such as get-domain.")
    private String method;

    @Option(names = "--params", paramLabel = "JSON|@FILE|-",
            description = "Parameters as a JSON object, @FILE to read one from a file, or -"
                    + " to read standard input (default: {}).")
    private String params = "{}";

    @Mixin
    private OutputOptions output;

    @Mixin
    private ApiOptions api;

    @Override
    public Integer call() throws Exception {
        CliContext context = CliContext.of(spec);
        String name = method.strip();
        if (name.isEmpty() || name.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("invalid method name '" + method
                    + "'; give a wire name such as get-domain ('njalla methods' lists them)");
        }
        Optional<ApiMethod> known = ApiMethod.byWireName(name);
        String wireName = known.map(ApiMethod::wireName).orElse(name);
        Map<String, Object> values = parseObject(readParams(context));
        if (known.isPresent()) {
            checkSecrets(known.get(), values);
            ParamOptions.checkRecordFields(known.get(), values);
        }

        JsonNode result = api.clientFor(known.orElse(null)).call(wireName, values);
        new ResultPrinter(context).print(wireName, result, output.json());
        return ExitCodes.OK;
    }

    private String readParams(CliContext context) throws IOException {
        if (params.equals("-")) {
            return BoundedInput.read(context.in(), "--params on standard input");
        }
        if (params.startsWith("@")) {
            Path file = Path.of(params.substring(1));
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("--params file " + file
                        + " not found; give an existing JSON file after @");
            }
            return BoundedInput.read(file, "--params file " + file);
        }
        return params;
    }

    private Map<String, Object> parseObject(String text) {
        JsonNode node;
        try {
            node = JsonConverter.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("--params " + source() + " is not valid JSON ("
                    + parseProblem(e) + "); give an object such as"
                    + " {\"domain\":\"example.com\"}");
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("--params " + source() + " must be a JSON object"
                    + " such as {\"domain\":\"example.com\"}, not "
                    + (node == null ? "empty input" : kind(node)));
        }
        return JsonConverter.MAPPER.convertValue(node,
                new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    /**
     * Rejects a secret parameter given on the command line, where any user can read it,
     * and requires a params file holding one to be private.
     */
    private void checkSecrets(ApiMethod known, Map<String, Object> values)
            throws CredentialsException {
        for (Param param : known.params()) {
            if (!param.secret() || !values.containsKey(param.name())) {
                continue;
            }
            if (params.startsWith("@")) {
                Credentials.checkPrivate(Path.of(params.substring(1)), "params file");
            } else if (!params.equals("-")) {
                throw new IllegalArgumentException(known.wireName() + " parameter '"
                        + param.name() + "' is a secret and must not be on the command line;"
                        + " put the params in a file at mode 0600 and pass --params @FILE,"
                        + " or pipe them to --params -");
            }
        }
    }

    /**
     * Describes a JSON syntax error. For files and standard input, which may hold a
     * secret, only the position is given, because the parser's message quotes the text.
     */
    private String parseProblem(JsonProcessingException e) {
        if (params.equals("-") || params.startsWith("@")) {
            return e.getLocation() == null ? "syntax error" : "syntax error at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        }
        return e.getOriginalMessage();
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().toString().toLowerCase(Locale.ROOT);
    }

    private String source() {
        if (params.equals("-")) {
            return "from standard input";
        }
        return params.startsWith("@") ? "file " + params.substring(1) : "value";
    }
}

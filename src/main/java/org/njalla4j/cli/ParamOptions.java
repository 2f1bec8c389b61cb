package org.njalla4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.njalla4j.client.AddressRules;
import org.njalla4j.client.ApiMethod;
import org.njalla4j.client.ApiMethod.Param;
import org.njalla4j.client.Credentials;
import org.njalla4j.client.RecordRules;
import org.njalla4j.client.Credentials.CredentialsException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Maps API parameters to command-line options and back: {@code allowed_domains} becomes
 * {@code --allowed-domains}, and a secret such as {@code key} becomes {@code --key-file}
 * because a secret must not appear on the command line.
 */
final class ParamOptions {

    /** Labels of one element of the list parameters. */
    private static final Map<String, String> LIST_LABELS = Map.of(
            "from", "ADDRESS", "allowed_domains", "DOMAIN", "allowed_servers", "SERVER",
            "allowed_methods", "METHOD", "allowed_prefixes", "PREFIX", "allowed_types", "TYPE",
            "nameservers", "HOST");

    /** Value of a secret-file option that means "read standard input". */
    static final String STDIN = "-";

    private ParamOptions() {
    }

    /** Returns the option name of a parameter, such as {@code --ssh-key} or {@code --key-file}. */
    static String optionName(Param param) {
        String name = "--" + param.name().replace('_', '-');
        return param.secret() ? name + "-file" : name;
    }

    /** Builds the option for one parameter of {@code method}. */
    static OptionSpec option(ApiMethod method, Param param) {
        OptionSpec.Builder option = OptionSpec.builder(optionName(param))
                .required(param.required())
                .description(MethodHelp.describe(method, param))
                .paramLabel(param.secret() ? "FILE" : label(param));
        if (param.secret()) {
            return option.type(String.class).build();
        }
        switch (param.kind()) {
            case INTEGER -> option.type(Integer.class);
            case BOOLEAN -> option.type(Boolean.class).arity("0..1");
            case STRING_LIST -> option.type(List.class).auxiliaryTypes(String.class)
                    .splitRegex(",");
            case JSON -> option.type(JsonNode.class).converters(new JsonConverter());
            default -> option.type(String.class);
        }
        return option.build();
    }

    /**
     * Returns the parameters given on the command line, in catalogue order, with secrets
     * read from their files or standard input.
     *
     * @throws CredentialsException when a secret file is missing, empty or too open
     * @throws IllegalArgumentException when a required string is empty
     */
    static Map<String, Object> collect(ApiMethod method, ParseResult parsed, InputStream stdin)
            throws CredentialsException, IOException {
        Map<String, Object> params = new LinkedHashMap<>();
        for (Param param : method.params()) {
            OptionSpec option = parsed.matchedOption(optionName(param));
            if (option == null) {
                continue;
            }
            Object value = option.getValue();
            if (param.secret()) {
                value = readSecret(param, (String) value, stdin);
            } else if (value == null && param.kind() == Param.Kind.BOOLEAN) {
                value = Boolean.TRUE;
            }
            params.put(param.name(), value);
        }
        return params;
    }

    /**
     * Checks the record fields of {@code add-record} and {@code edit-record}, and the
     * {@code from} list of {@code add-token} and {@code edit-token}, as the typed client
     * does, so that a bad value is reported before anything is sent.
     *
     * @throws IllegalArgumentException naming the field and value of the first rule broken
     */
    static void checkRecordFields(ApiMethod method, Map<String, Object> params) {
        if (method == ApiMethod.ADD_RECORD || method == ApiMethod.EDIT_RECORD) {
            RecordRules.check(method.wireName(), params);
        }
        if ((method == ApiMethod.ADD_TOKEN || method == ApiMethod.EDIT_TOKEN)
                && params.get("from") instanceof List<?> from) {
            AddressRules.checkNetworks(method.wireName(), from.stream().map(String::valueOf)
                    .toList());
        }
    }

    /** Rejects empty values of required string parameters, which the API cannot use. */
    static void checkNotEmpty(ApiMethod method, Map<String, Object> params) {
        for (Param param : method.params()) {
            Object value = params.get(param.name());
            if (param.required() && value instanceof String text && text.isBlank()) {
                throw new IllegalArgumentException(method.wireName() + ": empty value for "
                        + optionName(param) + "; give a " + param.name().replace('_', ' '));
            }
        }
    }

    private static String readSecret(Param param, String file, InputStream stdin)
            throws CredentialsException, IOException {
        String what = param.name() + " file";
        if (!STDIN.equals(file)) {
            return Credentials.readSecretFile(Path.of(file), what);
        }
        byte[] bytes = stdin.readNBytes(64 * 1024 + 1);
        if (bytes.length > 64 * 1024) {
            throw new CredentialsException("standard input contains more than 64 KiB;"
                    + " give only the " + param.name());
        }
        return Credentials.clean(new String(bytes, StandardCharsets.UTF_8), "the "
                + param.name() + " on standard input");
    }

    private static String label(Param param) {
        return switch (param.kind()) {
            case BOOLEAN -> "true|false";
            case JSON -> "JSON";
            case STRING_LIST -> LIST_LABELS.getOrDefault(param.name(), "VALUE");
            default -> param.name().toUpperCase(Locale.ROOT);
        };
    }
}

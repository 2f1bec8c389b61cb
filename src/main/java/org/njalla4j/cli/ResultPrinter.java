package org.njalla4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prints an API result: indented JSON with {@code --json}, otherwise tables for lists
 * of objects and aligned key/value lines for objects. An empty result prints nothing,
 * except that an empty list prints one line such as "no records" on standard error, so
 * that the user sees the call worked while standard output stays empty for scripts.
 *
 * <p>Token keys are secrets, so table output leaves out every {@code key} field except
 * in the result of {@code add-token}, where the new key is printed once with a warning.
 */
final class ResultPrinter {

    private static final List<String> RECORD_COLUMNS = List.of("id", "name", "type", "ttl",
            "content");
    private static final List<String> RDATA_PREFIX = List.of("prio", "weight", "port",
            "ssh_algorithm", "ssh_type");

    private final PrintWriter out;
    private final PrintWriter err;

    ResultPrinter(CliContext context) {
        this.out = context.out();
        this.err = context.err();
    }

    /** Prints the result of {@code method}. */
    void print(String method, JsonNode result, boolean json) {
        if (json) {
            out.println(pretty(result));
            return;
        }
        switch (method) {
            case "add-token" -> printNewToken(result);
            case "list-records", "remove-record" -> printRecords(method,
                    listIn(result, "records"));
            default -> printGeneric(method, result, method.contains("-token"));
        }
    }

    /** Returns {@code node} as indented JSON. */
    static String pretty(JsonNode node) {
        try {
            return JsonConverter.MAPPER.writer()
                    .with(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private void printNewToken(JsonNode result) {
        JsonNode key = result.path("key");
        if (key.isTextual() && !key.asText().isEmpty()) {
            err.println("njalla add-token: store this key now in a file at mode 0600 (for"
                    + " --token-file); it is not shown again");
        } else {
            err.println("njalla add-token: the API returned no key; find the new token with"
                    + " 'njalla list-tokens --json' by its comment");
        }
        printValue(result, false);
    }

    private void printRecords(String method, JsonNode records) {
        if (records == null) {
            return;
        }
        if (records.isEmpty()) {
            err.println(method.equals("remove-record")
                    ? "njalla remove-record: no record matched; nothing was removed"
                    : "njalla " + method + ": no records");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode record : records) {
            List<String> row = new ArrayList<>();
            for (String column : RECORD_COLUMNS) {
                row.add(column.equals("content") ? recordContent(record)
                        : cell(record.get(column)));
            }
            rows.add(row);
        }
        new Table(RECORD_COLUMNS).addAll(rows).print(out);
    }

    /**
     * Returns a record's data as one column: the numeric fields that come first in DNS
     * presentation format (priority, weight, port), then the target and the content.
     */
    static String recordContent(JsonNode record) {
        List<String> parts = new ArrayList<>();
        for (String field : RDATA_PREFIX) {
            if (record.hasNonNull(field)) {
                parts.add(cell(record.get(field)));
            }
        }
        for (String field : List.of("target", "content")) {
            if (record.hasNonNull(field) && !record.get(field).asText().isEmpty()) {
                parts.add(cell(record.get(field)));
            }
        }
        return String.join(" ", parts);
    }

    private void printGeneric(String method, JsonNode result, boolean hideKeys) {
        JsonNode list = soleList(result);
        if (list != null && list.isEmpty() || result.isArray() && result.isEmpty()) {
            String noun = list == null ? "results" : result.fieldNames().next().replace('_', ' ');
            err.println("njalla " + method + ": no " + noun);
            return;
        }
        if (list == null && isMapOfObjects(result)) {
            printMapOfObjects(method.equals("get-tlds") ? "tld" : "name", result, hideKeys);
            return;
        }
        printValue(list == null ? result : list, hideKeys);
    }

    /**
     * Prints an object whose values are all objects, such as get-tlds's {@code {"com":
     * {"price": 15}}}, as a table whose first column contains the member names.
     */
    private void printMapOfObjects(String nameColumn, JsonNode result, boolean hideKeys) {
        // Iterating over an object node visits its values, so this collects their fields.
        List<String> columns = columns(result, hideKeys);
        List<String> header = new ArrayList<>(List.of(nameColumn));
        header.addAll(columns);
        Table table = new Table(header);
        result.fields().forEachRemaining(field -> {
            List<String> row = new ArrayList<>(List.of(field.getKey()));
            columns.forEach(column -> row.add(cell(field.getValue().get(column))));
            table.add(row);
        });
        table.print(out);
    }

    private static boolean isMapOfObjects(JsonNode result) {
        if (!result.isObject() || result.isEmpty()) {
            return false;
        }
        for (JsonNode value : result) {
            if (!value.isObject()) {
                return false;
            }
        }
        return true;
    }

    private void printValue(JsonNode value, boolean hideKeys) {
        if (value.isArray()) {
            printArray(value, hideKeys);
        } else if (value.isObject()) {
            Table table = new Table(null);
            value.fields().forEachRemaining(field -> {
                if (!(hideKeys && field.getKey().equals("key"))) {
                    table.add(List.of(field.getKey(), cell(field.getValue())));
                }
            });
            table.print(out);
        } else if (!value.isNull() && !value.isMissingNode()) {
            out.println(value.asText());
        }
    }

    private void printArray(JsonNode array, boolean hideKeys) {
        boolean objects = array.size() > 0;
        for (JsonNode element : array) {
            objects &= element.isObject();
        }
        if (!objects) {
            array.forEach(element -> out.println(cell(element)));
            return;
        }
        List<String> columns = columns(array, hideKeys);
        Table table = new Table(columns);
        for (JsonNode element : array) {
            table.add(columns.stream().map(column -> cell(element.get(column))).toList());
        }
        table.print(out);
    }

    private static List<String> columns(JsonNode array, boolean hideKeys) {
        Set<String> columns = new LinkedHashSet<>();
        for (JsonNode element : array) {
            element.fieldNames().forEachRemaining(columns::add);
        }
        if (hideKeys) {
            columns.remove("key");
        }
        return List.copyOf(columns);
    }

    /** Returns the list when the result is an object whose only field is a list, else null. */
    private static JsonNode soleList(JsonNode result) {
        if (result.isObject() && result.size() == 1) {
            Iterator<Map.Entry<String, JsonNode>> fields = result.fields();
            JsonNode only = fields.next().getValue();
            return only.isArray() ? only : null;
        }
        return null;
    }

    private static JsonNode listIn(JsonNode result, String field) {
        if (result.isArray()) {
            return result;
        }
        JsonNode list = result.path(field);
        return list.isArray() ? list : null;
    }

    /** Formats one value as a table cell on one line. */
    static String cell(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isArray() && allScalars(value)) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asText()));
            return String.join(",", items);
        }
        String text = value.isValueNode() ? value.asText() : value.toString();
        return escapeControls(text);
    }

    /**
     * Escapes backslashes and control characters, so that a value from the API cannot
     * break a table line or send escape sequences to the terminal.
     */
    static String escapeControls(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static boolean allScalars(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isValueNode()) {
                return false;
            }
        }
        return true;
    }
}

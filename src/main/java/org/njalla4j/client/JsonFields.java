package org.njalla4j.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Lenient readers for result fields: numbers are accepted where text is expected and
 * the reverse, and a missing or null field reads as null.
 */
final class JsonFields {

    private JsonFields() {
    }

    /** Text of a field, accepting JSON numbers as their decimal text. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    /** Text of a field that the typed layer needs; missing means a malformed result. */
    static String requiredText(String method, JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            throw new MalformedResponseException(method + " returned a result without " + field);
        }
        return value;
    }

    static Integer integer(JsonNode node, String field) {
        BigDecimal value = decimal(node, field);
        return value == null ? null : value.intValue();
    }

    static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        try {
            return new BigDecimal(value.asText().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A boolean field, accepting {@code true}/{@code false} as text and 0/1. */
    static Boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean() || value.isNumber()) {
            return value.asBoolean();
        }
        String textValue = value.asText().strip();
        return textValue.isEmpty() ? null : Boolean.valueOf(textValue);
    }

    /** Reads an ISO-8601 instant such as {@code 2021-02-20T19:38:48Z} or returns null. */
    static Instant instant(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A list of strings; a single string reads as a one-element list. */
    static List<String> strings(JsonNode node, String field) {
        JsonNode array = node.path(field);
        List<String> values = new ArrayList<>();
        if (array.isArray()) {
            for (JsonNode value : array) {
                values.add(value.isValueNode() ? value.asText() : value.toString());
            }
        } else if (array.isValueNode() && !array.isNull()) {
            values.add(array.asText());
        }
        return List.copyOf(values);
    }

    /**
     * The list in a result that is either {@code {"member": [...]}} or a bare list, each
     * element converted by {@code parser}.
     */
    static <T> List<T> list(String method, JsonNode result, String member,
            Function<JsonNode, T> parser) {
        JsonNode items = result.isArray() ? result : result.path(member);
        if (!items.isArray()) {
            throw new MalformedResponseException(method + " returned no " + member + " list");
        }
        List<T> parsed = new ArrayList<>();
        for (JsonNode item : items) {
            parsed.add(parser.apply(item));
        }
        return List.copyOf(parsed);
    }

    /** Checks that a list element is an object, as every typed result is. */
    static JsonNode object(String method, JsonNode node) {
        if (node == null || !node.isObject()) {
            String kind = node == null ? "nothing" : node.getNodeType().toString();
            throw new MalformedResponseException(method
                    + " returned an item that is not an object: " + kind);
        }
        return node;
    }
}

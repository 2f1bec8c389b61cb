package org.njalla4j.client;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads a record object leniently: ids as numbers or strings, unknown fields kept. */
final class RecordParser {

    private RecordParser() {
    }

    static DnsRecord parse(String method, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new MalformedResponseException(method + " returned a record that is not an object");
        }
        return new DnsRecord(
                requiredText(method, node, "id"),
                requiredText(method, node, "name"),
                requiredText(method, node, "type"),
                text(node, "content"),
                integer(node, "ttl"),
                integer(node, "prio"),
                integer(node, "weight"),
                integer(node, "port"),
                text(node, "target"),
                integer(node, "ssh_algorithm"),
                integer(node, "ssh_type"),
                node.deepCopy());
    }

    private static String requiredText(String method, JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            throw new MalformedResponseException(method + " returned a record without " + field);
        }
        return value;
    }

    /** Text of a field, accepting JSON numbers as their decimal text. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    static Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.intValue();
        }
        try {
            return Integer.valueOf(value.asText().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

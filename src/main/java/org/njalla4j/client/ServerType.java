package org.njalla4j.client;

import static org.njalla4j.client.JsonFields.integer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A server size offered for new servers, from {@code list-server-types}. The API may
 * list types as plain names or as objects; sizes and price are null when not given.
 *
 * @param name the value to pass as {@code type}
 * @param price monthly price in euros
 */
public record ServerType(String name, Integer cpus, Integer memory, Integer disk, Integer price,
        JsonNode raw) {

    public ServerType {
        Objects.requireNonNull(name, "name");
    }

    static ServerType parse(JsonNode node) {
        String name = nameOf("list-server-types", node);
        if (!node.isObject()) {
            return new ServerType(name, null, null, null, null, node.deepCopy());
        }
        Integer cpus = integer(node, "cpus") != null ? integer(node, "cpus") : integer(node, "cpu");
        return new ServerType(name, cpus, integer(node, "memory"), integer(node, "disk"),
                integer(node, "price"), node.deepCopy());
    }

    /** The name of a list element that is a plain string or an object with name, id or type. */
    static String nameOf(String method, JsonNode node) {
        if (node.isTextual() || node.isNumber()) {
            return node.asText();
        }
        if (node.isObject()) {
            for (String field : new String[] {"name", "id", "type"}) {
                String value = JsonFields.text(node, field);
                if (value != null) {
                    return value;
                }
            }
        }
        throw new MalformedResponseException(method + " returned an item without a name: "
                + node.getNodeType());
    }
}

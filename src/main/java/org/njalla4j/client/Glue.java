package org.njalla4j.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A glue record: addresses the parent zone publishes for a nameserver inside the
 * domain.
 *
 * @param name the nameserver's label relative to the domain, such as {@code ns1}
 * @param address4 IPv4 address, or null
 * @param address6 IPv6 address, or null
 */
public record Glue(String name, String address4, String address6, JsonNode raw) {

    public Glue {
        Objects.requireNonNull(name, "name");
    }

    static Glue parse(JsonNode node) {
        JsonFields.object("list-glue", node);
        return new Glue(JsonFields.requiredText("list-glue", node, "name"),
                JsonFields.text(node, "address4"), JsonFields.text(node, "address6"),
                node.deepCopy());
    }
}

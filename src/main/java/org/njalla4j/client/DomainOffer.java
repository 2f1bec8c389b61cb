package org.njalla4j.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A domain name that {@code find-domains} suggests, with its availability and price.
 *
 * @param status availability as Njalla reports it, such as {@code available} or {@code taken}
 * @param price price in euros for one year, or null when not given
 */
public record DomainOffer(String name, String status, Integer price, JsonNode raw) {

    public DomainOffer {
        Objects.requireNonNull(name, "name");
    }

    static DomainOffer parse(JsonNode node) {
        JsonFields.object("find-domains", node);
        return new DomainOffer(JsonFields.requiredText("find-domains", node, "name"),
                JsonFields.text(node, "status"), JsonFields.integer(node, "price"),
                node.deepCopy());
    }
}

package org.njalla4j.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A top-level domain that Njalla sells, from {@code get-tlds}.
 *
 * @param tld the suffix without a leading dot, such as {@code com} or {@code co.uk}
 * @param price price in euros per year
 * @param maxYears the longest registration period in years (wire field {@code max_year})
 * @param dnssec whether the registry supports DNSSEC for it
 */
public record TldInfo(String tld, Integer price, Integer maxYears, Boolean dnssec, JsonNode raw) {

    public TldInfo {
        Objects.requireNonNull(tld, "tld");
    }

    static TldInfo parse(String tld, JsonNode node) {
        JsonFields.object("get-tlds", node);
        String name = tld != null ? tld : JsonFields.requiredText("get-tlds", node, "tld");
        return new TldInfo(name.startsWith(".") ? name.substring(1) : name,
                JsonFields.integer(node, "price"), JsonFields.integer(node, "max_year"),
                JsonFields.bool(node, "dnssec"), node.deepCopy());
    }
}

package org.njalla4j.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * An email forward of a domain.
 *
 * @param domain the domain the forward belongs to
 * @param from the local part or address that receives mail, as Njalla returns it
 * @param to the address mail is forwarded to
 */
public record Forward(String domain, String from, String to, JsonNode raw) {

    public Forward {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    static Forward parse(String method, String domain, JsonNode node) {
        JsonFields.object(method, node);
        String returnedDomain = JsonFields.text(node, "domain");
        return new Forward(returnedDomain == null ? domain : returnedDomain,
                JsonFields.requiredText(method, node, "from"),
                JsonFields.requiredText(method, node, "to"), node.deepCopy());
    }
}

package org.njalla4j.client;

import static org.njalla4j.client.JsonFields.integer;
import static org.njalla4j.client.JsonFields.instant;
import static org.njalla4j.client.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * An extra traffic package of a server, from {@code list-traffic} or {@code add-traffic}.
 * Njalla does not document the fields, so each may be null.
 *
 * @param amount the package size as ordered (the unit Njalla's price list uses)
 * @param months how many months the package runs
 */
public record Traffic(String id, Integer amount, Integer months, Instant starts, Instant expiry,
        JsonNode raw) {

    static Traffic parse(String method, JsonNode node) {
        JsonFields.object(method, node);
        return new Traffic(text(node, "id"), integer(node, "amount"), integer(node, "months"),
                instant(node, "starts"), instant(node, "expiry"), node.deepCopy());
    }
}

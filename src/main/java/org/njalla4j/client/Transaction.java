package org.njalla4j.client;

import static org.njalla4j.client.JsonFields.decimal;
import static org.njalla4j.client.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * A wallet transaction of the last 90 days (payment, registration, renewal...), from
 * {@code list-transactions}. Njalla does not document the fields, so each may be null.
 *
 * @param amount euros; the sign follows what the API sends
 * @param description what the transaction was for (wire field {@code description} or
 *     {@code comment})
 * @param created when it happened, as the API wrote it (wire field {@code created} or
 *     {@code date})
 */
public record Transaction(String id, BigDecimal amount, String status, String description,
        String created, JsonNode raw) {

    static Transaction parse(JsonNode node) {
        JsonFields.object("list-transactions", node);
        return new Transaction(text(node, "id"), decimal(node, "amount"), text(node, "status"),
                firstText(node, "description", "comment"), firstText(node, "created", "date"),
                node.deepCopy());
    }

    private static String firstText(JsonNode node, String field, String alternative) {
        String value = text(node, field);
        return value != null ? value : text(node, alternative);
    }
}

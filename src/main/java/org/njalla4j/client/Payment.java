package org.njalla4j.client;

import static org.njalla4j.client.JsonFields.integer;
import static org.njalla4j.client.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A wallet refill, from {@code add-payment} or {@code get-payment}. {@code add-payment}
 * may omit the id and status.
 *
 * @param amount euros
 * @param address where to send a cryptocurrency payment, or null
 * @param url where to complete a PayPal payment, or null
 */
public record Payment(String id, Integer amount, String status, String address, String url,
        JsonNode raw) {

    static Payment parse(String method, JsonNode node) {
        JsonFields.object(method, node);
        return new Payment(text(node, "id"), integer(node, "amount"), text(node, "status"),
                text(node, "address"), text(node, "url"), node.deepCopy());
    }
}

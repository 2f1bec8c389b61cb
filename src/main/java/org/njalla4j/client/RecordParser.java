package org.njalla4j.client;

import static org.njalla4j.client.JsonFields.integer;
import static org.njalla4j.client.JsonFields.requiredText;
import static org.njalla4j.client.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads a record object leniently: ids as numbers or strings, unknown fields kept. */
final class RecordParser {

    private RecordParser() {
    }

    static DnsRecord parse(String method, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new MalformedResponseException(method
                    + " returned a record that is not an object");
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
}

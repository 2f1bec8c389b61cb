package org.njalla4j.client;

import static org.njalla4j.client.JsonFields.integer;
import static org.njalla4j.client.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A DNSSEC record of a domain: either DS data (key tag, digest type, digest) or a
 * public key, with the algorithm number. Fields of the other form are null.
 */
public record DnssecRecord(
        String id,
        Integer algorithm,
        Integer keyTag,
        Integer digestType,
        String digest,
        String publicKey,
        JsonNode raw) {

    public DnssecRecord {
        Objects.requireNonNull(id, "id");
    }

    static DnssecRecord parse(JsonNode node) {
        JsonFields.object("list-dnssec", node);
        return new DnssecRecord(JsonFields.requiredText("list-dnssec", node, "id"),
                integer(node, "algorithm"), integer(node, "key_tag"), integer(node, "digest_type"),
                text(node, "digest"), text(node, "public_key"), node.deepCopy());
    }
}

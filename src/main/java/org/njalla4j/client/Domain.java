package org.njalla4j.client;

import static org.njalla4j.client.JsonFields.bool;
import static org.njalla4j.client.JsonFields.instant;
import static org.njalla4j.client.JsonFields.integer;
import static org.njalla4j.client.JsonFields.strings;
import static org.njalla4j.client.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A domain of the account, from {@code list-domains}, {@code get-domain} or
 * {@code edit-domain}. Fields the response lacks are null ({@code list-domains} sends
 * only name, status and expiry); {@link #raw()} keeps every field.
 *
 * @param name the domain as Njalla spells it
 * @param status such as {@code active} or {@code inactive}
 * @param expiry when the registration ends
 * @param locked whether the registrar lock is set (wire field {@code locked} or {@code lock})
 * @param dnssecType such as {@code dsData}
 * @param nameservers custom nameservers; empty when Njalla's own serve the zone
 */
public record Domain(
        String name,
        String status,
        Instant expiry,
        Boolean autorenew,
        Boolean mailforwarding,
        Boolean locked,
        String dnssecType,
        Integer maxNameservers,
        List<String> nameservers,
        JsonNode raw) {

    public Domain {
        Objects.requireNonNull(name, "name");
        nameservers = List.copyOf(nameservers);
    }

    static Domain parse(String method, JsonNode node) {
        JsonFields.object(method, node);
        Boolean locked = bool(node, "locked");
        return new Domain(
                JsonFields.requiredText(method, node, "name"),
                text(node, "status"),
                instant(node, "expiry"),
                bool(node, "autorenew"),
                bool(node, "mailforwarding"),
                locked != null ? locked : bool(node, "lock"),
                text(node, "dnssec_type"),
                integer(node, "max_nameservers"),
                strings(node, "nameservers"),
                node.deepCopy());
    }
}

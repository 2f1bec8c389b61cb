package org.njalla4j.client;

import static org.njalla4j.client.JsonFields.bool;
import static org.njalla4j.client.JsonFields.instant;
import static org.njalla4j.client.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * A VPN client. Njalla documents the VPN results only as "...", so every field except
 * {@code id} may be null; {@link #raw()} keeps the full result, including any client
 * configuration.
 *
 * @param backend {@code wireguard} or {@code openvpn}
 * @param publicKey the WireGuard public key of the client
 */
public record Vpn(String id, String name, String status, String backend, String publicKey,
        Boolean autorenew, Instant expiry, JsonNode raw) {

    public Vpn {
        Objects.requireNonNull(id, "id");
    }

    /** Reads a VPN, using {@code knownId} when the result omits the id. */
    static Vpn parse(String method, JsonNode node, String knownId) {
        JsonFields.object(method, node);
        String id = text(node, "id");
        if (id == null && knownId == null) {
            throw new MalformedResponseException(method + " returned a VPN without id");
        }
        return new Vpn(id == null ? knownId : id, text(node, "name"), text(node, "status"),
                text(node, "backend"), text(node, "publickey"), bool(node, "autorenew"),
                instant(node, "expiry"), node.deepCopy());
    }
}

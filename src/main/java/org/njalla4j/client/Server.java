package org.njalla4j.client;

import static org.njalla4j.client.JsonFields.bool;
import static org.njalla4j.client.JsonFields.instant;
import static org.njalla4j.client.JsonFields.strings;
import static org.njalla4j.client.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A virtual server. Njalla documents the server methods' results only as "...", so
 * every field except {@code id} may be null; {@link #raw()} keeps what the API sent.
 *
 * @param type the server type (size), as {@code list-server-types} names it
 * @param os the installed image, as {@code list-server-images} names it
 * @param status such as {@code running} or {@code stopped}
 * @param ips the server's IPv4 and IPv6 addresses
 */
public record Server(
        String id,
        String name,
        String type,
        String os,
        String status,
        List<String> ips,
        String reverseName,
        Boolean autorenew,
        Instant expiry,
        JsonNode raw) {

    public Server {
        Objects.requireNonNull(id, "id");
        ips = List.copyOf(ips);
    }

    /**
     * Reads a server, using {@code knownId} when the result omits the id, as results of
     * actions on an existing server may.
     */
    static Server parse(String method, JsonNode node, String knownId) {
        JsonFields.object(method, node);
        String id = text(node, "id");
        if (id == null && knownId == null) {
            throw new MalformedResponseException(method + " returned a server without id");
        }
        return new Server(id == null ? knownId : id, text(node, "name"), text(node, "type"),
                text(node, "os"), text(node, "status"), strings(node, "ips"),
                text(node, "reverse_name"), bool(node, "autorenew"), instant(node, "expiry"),
                node.deepCopy());
    }
}

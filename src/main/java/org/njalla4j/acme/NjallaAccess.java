package org.njalla4j.acme;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;
import org.njalla4j.client.NjallaClient;

/**
 * How to reach the Njalla API for DNS-01, and the restrictions of the ACME token created
 * from a full-access token on first use.
 *
 * @param client a client with a full-access token or with a token already restricted to
 *     ACME use. Once an ACME token is stored, only the client's endpoint is used.
 * @param allowedDomains domains the created ACME token may change; empty means all
 * @param from addresses or CIDR networks that may use the created token; empty means any
 * @param hostName the name of this host, written into the created token's comment
 */
public record NjallaAccess(
        NjallaClient client,
        List<String> allowedDomains,
        List<String> from,
        String hostName) {

    public NjallaAccess {
        Objects.requireNonNull(client, "client");
        allowedDomains = List.copyOf(allowedDomains);
        from = List.copyOf(from);
        Objects.requireNonNull(hostName, "hostName");
    }

    /** Returns access with no token restrictions, naming this host by its local name. */
    public static NjallaAccess of(NjallaClient client) {
        return new NjallaAccess(client, List.of(), List.of(), localHostName());
    }

    /** Returns the local host name, or {@code localhost} when it cannot be determined. */
    public static String localHostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}

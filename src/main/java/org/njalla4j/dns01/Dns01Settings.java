package org.njalla4j.dns01;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.njalla4j.client.RecordRules;

/**
 * Settings for placing DNS-01 challenge records and waiting for them.
 *
 * @param ttl TTL in seconds of each TXT record; one of {@link RecordRules#VALID_TTLS}
 * @param propagationTimeout how long to wait for every nameserver to return every value
 * @param propagationInterval pause between two rounds of nameserver queries
 * @param nameservers servers that receive every DNS query (SOA, CNAME, NS, TXT) and are
 *     the ones checked for propagation. Empty means the system resolvers for lookups
 *     and the zone's authoritative servers for the propagation check.
 * @param zones Njalla domains to place records in, matched as the longest suffix of the
 *     record name; empty means discover the zone
 */
public record Dns01Settings(
        int ttl,
        Duration propagationTimeout,
        Duration propagationInterval,
        List<InetSocketAddress> nameservers,
        List<String> zones) {

    /** Default TTL: the shortest one Njalla offers, so stale values expire quickly. */
    public static final int DEFAULT_TTL = 60;

    /** Default time to wait for propagation. */
    public static final Duration DEFAULT_PROPAGATION_TIMEOUT = Duration.ofSeconds(300);

    /** Default pause between propagation checks. */
    public static final Duration DEFAULT_PROPAGATION_INTERVAL = Duration.ofSeconds(2);

    /**
     * Checks the values and normalises the zone names to lower-case A-labels without a
     * trailing dot.
     *
     * @throws IllegalArgumentException naming the invalid value and the allowed range
     */
    public Dns01Settings {
        if (!RecordRules.VALID_TTLS.contains(ttl)) {
            throw new IllegalArgumentException("invalid ttl " + ttl + "; use one of "
                    + RecordRules.VALID_TTLS);
        }
        requirePositive(propagationTimeout, "propagationTimeout");
        requirePositive(propagationInterval, "propagationInterval");
        nameservers = List.copyOf(Objects.requireNonNull(nameservers, "nameservers"));
        nameservers.forEach(Dns01Settings::requireAddress);
        zones = normalizeZones(Objects.requireNonNull(zones, "zones"));
    }

    /** Settings with every default: TTL 60, 300 s timeout, 2 s interval, discovery. */
    public static Dns01Settings defaults() {
        return new Dns01Settings(DEFAULT_TTL, DEFAULT_PROPAGATION_TIMEOUT,
                DEFAULT_PROPAGATION_INTERVAL, List.of(), List.of());
    }

    public Dns01Settings withTtl(int newTtl) {
        return new Dns01Settings(newTtl, propagationTimeout, propagationInterval,
                nameservers, zones);
    }

    public Dns01Settings withPropagationTimeout(Duration timeout) {
        return new Dns01Settings(ttl, timeout, propagationInterval, nameservers, zones);
    }

    public Dns01Settings withPropagationInterval(Duration interval) {
        return new Dns01Settings(ttl, propagationTimeout, interval, nameservers, zones);
    }

    public Dns01Settings withNameservers(List<InetSocketAddress> servers) {
        return new Dns01Settings(ttl, propagationTimeout, propagationInterval, servers, zones);
    }

    public Dns01Settings withZones(List<String> newZones) {
        return new Dns01Settings(ttl, propagationTimeout, propagationInterval, nameservers,
                newZones);
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("invalid " + name + " " + value
                    + "; it must be positive");
        }
    }

    private static void requireAddress(InetSocketAddress server) {
        if (server.isUnresolved()) {
            throw new IllegalArgumentException("invalid nameserver '" + server.getHostString()
                    + "'; give an IP address and port such as 127.0.0.1:53");
        }
    }

    private static List<String> normalizeZones(List<String> zones) {
        List<String> normalized = new ArrayList<>();
        for (String zone : zones) {
            Objects.requireNonNull(zone, "zone");
            String name = DomainNames.toAscii(zone);
            if (!name.contains(".")) {
                throw new IllegalArgumentException("invalid zone '" + zone
                        + "'; give a domain such as example.com");
            }
            normalized.add(name.toLowerCase(Locale.ROOT));
        }
        return List.copyOf(normalized);
    }
}

package org.njalla4j.dns01;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.njalla4j.dns.DnsLookup;
import org.njalla4j.dns.DnsLookupException;
import org.njalla4j.dns.TxtAnswer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls nameservers until every server returns every expected TXT value. The servers
 * are the configured override, or else each zone's authoritative servers from its NS
 * records. The first round runs at once, so a record that is already visible costs one
 * query per server and name.
 */
final class PropagationWaiter {

    private static final Logger LOG = LoggerFactory.getLogger(PropagationWaiter.class);
    private static final int DNS_PORT = 53;

    /** One name to check at one server. */
    private record Check(InetSocketAddress server, String fqdn, Set<String> values) {
    }

    /** The latest reason a check is not done yet. */
    private record Miss(Check check, String value, String detail) {
    }

    private final DnsLookup dns;
    private final List<InetSocketAddress> override;
    private final Duration timeout;
    private final Duration interval;
    private final int authoritativePort;

    PropagationWaiter(DnsLookup dns, Dns01Settings settings) {
        this(dns, settings, DNS_PORT);
    }

    /** Creates a waiter that queries authoritative servers on {@code authoritativePort}. */
    PropagationWaiter(DnsLookup dns, Dns01Settings settings, int authoritativePort) {
        this.dns = dns;
        this.override = settings.nameservers();
        this.timeout = settings.propagationTimeout();
        this.interval = settings.propagationInterval();
        this.authoritativePort = authoritativePort;
    }

    void await(Collection<ChallengeRecord> records) throws Dns01Exception {
        List<Check> pending = plan(records);
        if (pending.isEmpty()) {
            return;
        }
        long valueCount = records.stream().map(r -> r.fqdn() + " " + r.value()).distinct()
                .count();
        long serverCount = pending.stream().map(Check::server).distinct().count();
        LOG.info("waiting up to {} s for {} TXT values at {} nameservers, polling every {} s",
                timeout.toSeconds(), valueCount, serverCount, seconds(interval));
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        for (int round = 1; ; round++) {
            Miss miss = checkRound(pending, round);
            if (miss == null) {
                LOG.info("all {} TXT values visible at {} nameservers after {} s ({} rounds)",
                        valueCount, serverCount, seconds(Duration.ofNanos(System.nanoTime()
                                - start)), round);
                return;
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw timedOut(miss);
            }
            pause(Math.min(remaining, interval.toNanos()));
        }
    }

    /** Queries every pending check once, drops the ones that are done. */
    private Miss checkRound(List<Check> pending, int round) {
        Miss lastMiss = null;
        for (Check check : new ArrayList<>(pending)) {
            TxtAnswer answer = dns.txt(check.fqdn(), check.server());
            String missing = firstMissing(check.values(), answer.values());
            if (missing == null) {
                pending.remove(check);
                LOG.debug("round {}: {} at {} has every value", round, check.fqdn(),
                        format(check.server()));
            } else {
                LOG.debug("round {}: {} at {} lacks {} ({}, {} values)", round, check.fqdn(),
                        format(check.server()), missing, answer.detail(),
                        answer.values().size());
                lastMiss = new Miss(check, missing, answer.detail());
            }
        }
        return lastMiss;
    }

    private static String firstMissing(Set<String> expected, List<String> seen) {
        for (String value : expected) {
            if (!seen.contains(value)) {
                return value;
            }
        }
        return null;
    }

    private List<Check> plan(Collection<ChallengeRecord> records) throws Dns01Exception {
        Map<String, Map<String, Set<String>>> valuesByZone = new LinkedHashMap<>();
        for (ChallengeRecord record : records) {
            valuesByZone.computeIfAbsent(record.zone(), z -> new LinkedHashMap<>())
                    .computeIfAbsent(record.fqdn(), f -> new LinkedHashSet<>())
                    .add(record.value());
        }
        List<Check> checks = new ArrayList<>();
        for (Map.Entry<String, Map<String, Set<String>>> zone : valuesByZone.entrySet()) {
            for (InetSocketAddress server : serversFor(zone.getKey())) {
                zone.getValue().forEach((fqdn, values) ->
                        checks.add(new Check(server, fqdn, values)));
            }
        }
        return checks;
    }

    private List<InetSocketAddress> serversFor(String zone) throws Dns01Exception {
        if (!override.isEmpty()) {
            return override;
        }
        Set<InetSocketAddress> servers = new LinkedHashSet<>();
        try {
            for (String host : dns.nameservers(zone)) {
                for (InetAddress address : dns.addresses(host)) {
                    servers.add(new InetSocketAddress(address, authoritativePort));
                }
            }
        } catch (DnsLookupException e) {
            throw new Dns01Exception("cannot find the nameservers of " + zone + ": "
                    + e.getMessage(), e);
        }
        if (servers.isEmpty()) {
            throw new Dns01Exception("no nameserver addresses found for zone " + zone
                    + "; check its NS records or set the servers to check with --nameserver");
        }
        return List.copyOf(servers);
    }

    private PropagationTimeoutException timedOut(Miss miss) {
        Check check = miss.check();
        return new PropagationTimeoutException("TXT value " + miss.value() + " for "
                + check.fqdn() + " was not visible at nameserver " + format(check.server())
                + " after " + timeout.toSeconds() + " s (last response: " + miss.detail()
                + "); raise the propagation timeout or check that the server serves the zone",
                check.server(), check.fqdn(), miss.value(), null);
    }

    private static void pause(long nanos) throws Dns01Exception {
        try {
            Thread.sleep(Duration.ofNanos(nanos).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Dns01Exception("interrupted while waiting for TXT records to propagate",
                    e);
        }
    }

    /** Formats a server as {@code 192.0.2.1:53} or {@code [2001:db8::1]:53}. */
    static String format(InetSocketAddress server) {
        InetAddress address = server.getAddress();
        if (address == null) {
            return server.getHostString() + ":" + server.getPort();
        }
        String host = address.getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + server.getPort();
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? Long.toString(millis / 1000)
                : String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0);
    }
}

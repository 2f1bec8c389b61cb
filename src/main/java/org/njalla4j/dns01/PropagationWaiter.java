package org.njalla4j.dns01;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.njalla4j.dns.DnsLookup;
import org.njalla4j.dns.DnsLookupException;
import org.njalla4j.dns.TxtAnswer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls nameservers until every server returns every expected TXT value. The servers
 * are the configured override, each address being one server, or else each zone's
 * authoritative servers from its NS records. An authoritative server counts as up to
 * date when one of its addresses (IPv4 first) returns every value, so a host without
 * IPv6 connectivity can still check a server that also has an AAAA record. The first
 * round runs at once, so a record that is already visible costs one query per server
 * and name.
 */
final class PropagationWaiter {

    private static final Logger LOG = LoggerFactory.getLogger(PropagationWaiter.class);
    private static final int DNS_PORT = 53;

    /** One nameserver: its NS host name, or its address for an override server. */
    private record Nameserver(String name, List<InetSocketAddress> addresses) {
    }

    /** One name to check at one server. */
    private record Check(Nameserver server, String fqdn, Set<String> values) {
    }

    /** The latest reason a check is not done yet. */
    private record Miss(Check check, InetSocketAddress address, String value,
            TxtAnswer.Status status, String detail) {
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
        String scope = counted(valueCount, "TXT value") + " at "
                + counted(serverCount, "nameserver");
        LOG.info("waiting up to {} s for {}, polling every {} s", timeout.toSeconds(), scope,
                seconds(interval));
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        for (int round = 1; ; round++) {
            Miss miss = checkRound(pending, round);
            if (miss == null) {
                Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
                LOG.info("{} visible after {} s ({})", scope, seconds(elapsed),
                        counted(round, "round"));
                return;
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw timedOut(miss);
            }
            pause(Math.min(remaining, interval.toNanos()));
        }
    }

    /** Runs every pending check once and drops the ones that are done. */
    private Miss checkRound(List<Check> pending, int round) {
        Miss lastMiss = null;
        for (Check check : new ArrayList<>(pending)) {
            Miss miss = runCheck(check, round);
            if (miss == null) {
                pending.remove(check);
            } else {
                lastMiss = miss;
            }
        }
        return lastMiss;
    }

    /**
     * Queries the server's addresses in turn until one returns every value. Returns
     * null then, or else the miss of an address that responded, if any did.
     */
    private Miss runCheck(Check check, int round) {
        Miss best = null;
        for (InetSocketAddress address : check.server().addresses()) {
            TxtAnswer answer = dns.txt(check.fqdn(), address);
            String missing = firstMissing(check.values(), answer.values());
            if (missing == null) {
                LOG.debug("round {}: {} at {} has every value", round, check.fqdn(),
                        format(address));
                return null;
            }
            LOG.debug("round {}: {} at {} lacks {} ({}, {} values)", round, check.fqdn(),
                    format(address), missing, answer.detail(), answer.values().size());
            if (best == null || best.status() == TxtAnswer.Status.NO_RESPONSE) {
                best = new Miss(check, address, missing, answer.status(), answer.detail());
            }
        }
        return best;
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
            for (Nameserver server : serversFor(zone.getKey())) {
                zone.getValue().forEach((fqdn, values) ->
                        checks.add(new Check(server, fqdn, values)));
            }
        }
        return checks;
    }

    private List<Nameserver> serversFor(String zone) throws Dns01Exception {
        if (!override.isEmpty()) {
            return override.stream().map(a -> new Nameserver(format(a), List.of(a))).toList();
        }
        List<Nameserver> servers = new ArrayList<>();
        Set<InetSocketAddress> seen = new LinkedHashSet<>();
        try {
            for (String host : dns.nameservers(zone)) {
                List<InetSocketAddress> addresses = addressesOf(host, seen);
                if (!addresses.isEmpty()) {
                    servers.add(new Nameserver(host, addresses));
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
        return servers;
    }

    /** Returns the host's addresses not in {@code seen}, IPv4 first, and adds them to it. */
    private List<InetSocketAddress> addressesOf(String host, Set<InetSocketAddress> seen)
            throws DnsLookupException {
        List<InetSocketAddress> addresses = new ArrayList<>();
        for (InetAddress address : dns.addresses(host)) {
            InetSocketAddress server = new InetSocketAddress(address, authoritativePort);
            if (seen.add(server)) {
                addresses.add(server);
            }
        }
        addresses.sort(Comparator.comparing(a -> !(a.getAddress() instanceof Inet4Address)));
        return List.copyOf(addresses);
    }

    private PropagationTimeoutException timedOut(Miss miss) {
        Check check = miss.check();
        String address = format(miss.address());
        String server = check.server().name().equals(address) ? address
                : check.server().name() + " (" + address + ")";
        return new PropagationTimeoutException("TXT value " + miss.value() + " for "
                + check.fqdn() + " was not visible at nameserver " + server + " after "
                + timeout.toSeconds() + " s (last response: " + miss.detail()
                + "); raise the propagation timeout or check that the server serves the zone",
                miss.address(), check.fqdn(), miss.value(), null);
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

    /** Formats a count with its noun, as {@code 1 nameserver} or {@code 3 nameservers}. */
    static String counted(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? Long.toString(millis / 1000)
                : String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }
}

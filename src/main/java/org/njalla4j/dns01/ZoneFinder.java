package org.njalla4j.dns01;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.njalla4j.client.MalformedResponseException;
import org.njalla4j.client.NjallaApiException;
import org.njalla4j.client.NjallaClient;
import org.njalla4j.client.NjallaException;
import org.njalla4j.dns.DnsLookup;
import org.njalla4j.dns.DnsLookupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds where the TXT record of a challenge name goes: follows CNAMEs, then finds the
 * Njalla domain that contains the final name. An ACME token may not call
 * {@code list-domains} or {@code get-domain}, so the zone comes from configuration, a DNS
 * SOA lookup verified by {@code list-records}, or {@code list-records} probes of each
 * parent name, longest first. Probe results are cached for the life of the instance.
 */
final class ZoneFinder {

    /** Maximum CNAMEs followed from one challenge name. */
    static final int MAX_CNAME_HOPS = 10;

    private static final Logger LOG = LoggerFactory.getLogger(ZoneFinder.class);

    /**
     * Where a TXT record goes.
     *
     * @param challengeName {@code _acme-challenge.<domain>} before following CNAMEs
     * @param fqdn the final name after following CNAMEs
     * @param zone the Njalla domain that contains {@code fqdn}
     * @param name {@code fqdn} relative to {@code zone}
     */
    record Placement(String challengeName, String fqdn, String zone, String name) {
    }

    private final NjallaClient client;
    private final DnsLookup dns;
    private final List<String> configuredZones;
    private final Map<String, Boolean> listable = new ConcurrentHashMap<>();
    private final boolean nameserversConfigured;
    /** The latest 403 from a list-records probe, kept as the cause of "no zone found". */
    private volatile NjallaApiException lastDenial;

    ZoneFinder(NjallaClient client, DnsLookup dns, List<String> configuredZones) {
        this(client, dns, configuredZones, false);
    }

    /**
     * @param nameserversConfigured whether {@code dns} queries servers the user chose, so
     *     a failure message does not suggest choosing them
     */
    ZoneFinder(NjallaClient client, DnsLookup dns, List<String> configuredZones,
            boolean nameserversConfigured) {
        this.client = client;
        this.dns = dns;
        this.configuredZones = List.copyOf(configuredZones);
        this.nameserversConfigured = nameserversConfigured;
    }

    /** Finds the placement of {@code challengeName}, which must be normalised A-labels. */
    Placement locate(String challengeName) throws Dns01Exception {
        String fqdn = followCnames(challengeName);
        String zone = findZone(fqdn, challengeName);
        return new Placement(challengeName, fqdn, zone, DomainNames.relativeName(fqdn, zone));
    }

    /** Returns the name at the end of the CNAME chain that starts at {@code name}. */
    String followCnames(String name) throws Dns01Exception {
        Set<String> chain = new LinkedHashSet<>();
        chain.add(name);
        String current = name;
        for (int hop = 0; hop < MAX_CNAME_HOPS; hop++) {
            Optional<String> target = lookupCname(current);
            if (target.isEmpty()) {
                return current;
            }
            String next = DomainNames.toAscii(target.get());
            if (!chain.add(next)) {
                throw new Dns01Exception("CNAME loop at " + name + ": "
                        + String.join(" -> ", chain) + " -> " + next
                        + "; fix the CNAME records so that the chain ends at a name without one");
            }
            LOG.debug("{} is a CNAME to {}", current, next);
            current = next;
        }
        throw new Dns01Exception("more than " + MAX_CNAME_HOPS + " CNAMEs from " + name + ": "
                + String.join(" -> ", chain) + "; point the CNAME closer to its final target");
    }

    private Optional<String> lookupCname(String name) throws Dns01Exception {
        try {
            return dns.cname(name);
        } catch (DnsLookupException e) {
            throw new Dns01Exception("cannot check for a CNAME at " + name + ": "
                    + e.getMessage() + (nameserversConfigured ? ""
                            : " (or set the nameservers to query with --nameserver)"), e);
        }
    }

    /** Finds the Njalla domain that contains {@code fqdn}. */
    String findZone(String fqdn, String challengeName) throws Dns01Exception {
        String configured = DomainNames.longestMatchingZone(fqdn, configuredZones);
        if (configured != null) {
            LOG.debug("zone of {} is {}, from configuration", fqdn, configured);
            return configured;
        }
        if (!configuredZones.isEmpty()) {
            // A configured list may cover only some names, so discovery still runs.
            LOG.warn("{} is in none of the configured zones {}; finding its zone from DNS"
                    + " and the API instead", fqdn, String.join(", ", configuredZones));
        }
        Optional<String> fromDns = apexFromDns(fqdn);
        if (fromDns.isPresent() && canList(fromDns.get())) {
            LOG.debug("zone of {} is {}, from its SOA record", fqdn, fromDns.get());
            return fromDns.get();
        }
        return probe(fqdn, challengeName);
    }

    private Optional<String> apexFromDns(String fqdn) {
        try {
            Optional<String> apex = dns.zoneApex(fqdn);
            return apex.filter(zone -> zone.contains(".") && DomainNames.isInZone(fqdn, zone));
        } catch (DnsLookupException e) {
            // Probing with list-records still finds the zone, so DNS is optional here.
            LOG.debug("SOA lookup for {} failed, probing with list-records: {}", fqdn,
                    e.getMessage());
            return Optional.empty();
        }
    }

    private String probe(String fqdn, String challengeName) throws Dns01Exception {
        List<String> denied = new ArrayList<>();
        for (String candidate : DomainNames.zoneCandidates(fqdn)) {
            if (canList(candidate)) {
                LOG.debug("zone of {} is {}, found by list-records", fqdn, candidate);
                return candidate;
            }
            denied.add(candidate);
        }
        throw new Dns01Exception(noZoneMessage(fqdn, challengeName, denied),
                denied.isEmpty() ? null : lastDenial);
    }

    private static String noZoneMessage(String fqdn, String challengeName, List<String> denied) {
        String subject = fqdn.equals(challengeName) ? fqdn
                : fqdn + " (the CNAME target of " + challengeName + ")";
        String tried = denied.isEmpty() ? "it has no parent domain to try"
                : "list-records was denied for " + String.join(", ", denied);
        String fix = fqdn.equals(challengeName)
                ? "add the domain to the token's allowed domains or set the zone with --zone"
                : "the token must be allowed to write to the CNAME target's zone, or remove"
                        + " the CNAME";
        return "no Njalla zone found for " + subject + ": " + tried + "; " + fix;
    }

    /**
     * Returns whether {@code list-records} succeeds for {@code zone}. A 403 means the
     * domain is not in the account or the token may not touch it. Any other failure is
     * raised.
     */
    private boolean canList(String zone) throws Dns01Exception {
        Boolean cached = listable.get(zone);
        if (cached != null) {
            return cached;
        }
        boolean result;
        try {
            client.records().list(zone);
            result = true;
        } catch (NjallaApiException e) {
            if (!e.isPermissionDenied()) {
                throw new Dns01Exception("cannot find the zone: list-records for " + zone
                        + " failed: " + e.code() + " " + e.apiMessage()
                        + "; check the token and the domain, or set the zone with --zone", e);
            }
            LOG.debug("list-records for {} denied: {}", zone, e.apiMessage());
            lastDenial = e;
            result = false;
        } catch (NjallaException | MalformedResponseException e) {
            throw new Dns01Exception("cannot find the zone: " + e.getMessage()
                    + "; check the API URL and the network, then retry", e);
        }
        listable.put(zone, result);
        return result;
    }
}

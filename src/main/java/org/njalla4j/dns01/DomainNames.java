package org.njalla4j.dns01;

import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Domain-name rules of DNS-01: A-label normalisation, the challenge name of an
 * identifier, zone suffix matching on a label boundary and zone candidates.
 */
public final class DomainNames {

    /** The label that RFC 8555 section 8.4 puts in front of the identifier. */
    public static final String CHALLENGE_LABEL = "_acme-challenge";

    private DomainNames() {
    }

    /**
     * Returns {@code name} as lower-case A-labels without a trailing dot, so that
     * {@code Bücher.Example.} becomes {@code xn--bcher-kva.example}.
     *
     * @throws IllegalArgumentException when the name is empty or not a valid IDN
     */
    public static String toAscii(String name) {
        Objects.requireNonNull(name, "name");
        String trimmed = name.strip();
        if (trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.isEmpty() || trimmed.startsWith(".") || trimmed.contains("..")) {
            throw new IllegalArgumentException("invalid domain name '" + name
                    + "'; give a name such as www.example.com");
        }
        try {
            return IDN.toASCII(trimmed).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid domain name '" + name + "': "
                    + e.getMessage(), e);
        }
    }

    /**
     * Returns the name of the TXT record for {@code identifier}. A wildcard
     * identifier {@code *.example.com} shares {@code _acme-challenge.example.com} with
     * the apex, as RFC 8555 section 8.4 computes the name from the domain without the
     * wildcard label.
     *
     * @throws IllegalArgumentException when the identifier is not a valid domain name
     */
    public static String challengeName(String identifier) {
        Objects.requireNonNull(identifier, "identifier");
        String domain = identifier.strip();
        if (domain.startsWith("*.")) {
            domain = domain.substring(2);
        }
        if (domain.contains("*")) {
            throw new IllegalArgumentException("invalid identifier '" + identifier
                    + "'; a wildcard is only allowed as the first label, as in *.example.com");
        }
        return CHALLENGE_LABEL + "." + toAscii(domain);
    }

    /**
     * Returns whether {@code name} equals {@code zone} or lies below it on a label boundary, so
     * {@code badexample.com} is not in {@code example.com}. Both arguments must already
     * be normalised by {@link #toAscii(String)}.
     */
    public static boolean isInZone(String name, String zone) {
        return name.equals(zone) || name.endsWith("." + zone);
    }

    /**
     * Returns {@code fqdn} relative to {@code zone}: {@code @} for the apex,
     * {@code _acme-challenge.www} for {@code _acme-challenge.www.example.com}.
     *
     * @throws IllegalArgumentException when {@code fqdn} is not in {@code zone}
     */
    public static String relativeName(String fqdn, String zone) {
        if (fqdn.equals(zone)) {
            return "@";
        }
        if (!isInZone(fqdn, zone)) {
            throw new IllegalArgumentException(fqdn + " is not in zone " + zone);
        }
        return fqdn.substring(0, fqdn.length() - zone.length() - 1);
    }

    /**
     * Returns the suffixes of {@code fqdn} that could be a Njalla domain, longest first.
     * A candidate has at least two labels, so a bare TLD is never returned, and starts
     * with a hostname label, so {@code _acme-challenge.example.com} itself is skipped.
     */
    public static List<String> zoneCandidates(String fqdn) {
        List<String> candidates = new ArrayList<>();
        String rest = fqdn;
        while (rest.indexOf('.') > 0) {
            if (!rest.startsWith("_")) {
                candidates.add(rest);
            }
            rest = rest.substring(rest.indexOf('.') + 1);
        }
        return List.copyOf(candidates);
    }

    /**
     * Returns the longest zone in {@code zones} that contains {@code fqdn}, or null.
     * Both sides must already be normalised by {@link #toAscii(String)}.
     */
    public static String longestMatchingZone(String fqdn, List<String> zones) {
        String best = null;
        for (String zone : zones) {
            if (isInZone(fqdn, zone) && (best == null || zone.length() > best.length())) {
                best = zone;
            }
        }
        return best;
    }
}

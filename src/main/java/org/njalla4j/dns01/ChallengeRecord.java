package org.njalla4j.dns01;

import java.util.Objects;

/**
 * A TXT record that {@link ChallengePublisher} placed for one DNS-01 challenge.
 *
 * @param identifier the identifier as given, such as {@code *.example.com}
 * @param fqdn where the TXT record is, after following CNAMEs: A-labels, lower case,
 *     no trailing dot
 * @param zone the Njalla domain that contains the record
 * @param name the record name relative to {@code zone}, such as {@code _acme-challenge.www}
 * @param value the TXT content (the challenge digest)
 * @param id the record id Njalla returned, or null while it is unknown
 */
public record ChallengeRecord(
        String identifier, String fqdn, String zone, String name, String value, String id) {

    public ChallengeRecord {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(fqdn, "fqdn");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /** Returns a copy with the given record id. */
    public ChallengeRecord withId(String newId) {
        return new ChallengeRecord(identifier, fqdn, zone, name, value, newId);
    }
}

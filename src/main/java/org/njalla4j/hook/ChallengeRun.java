package org.njalla4j.hook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.njalla4j.dns01.ChallengeRecord;
import org.njalla4j.dns01.Dns01Exception;
import org.njalla4j.dns01.DomainNames;
import org.njalla4j.dns01.Journal;

/**
 * The record operations the three hook protocols share: publish challenges so that a
 * failure leaves none of them behind, wait for propagation and remove every record of
 * the run when that fails, and remove one record that this tool published.
 *
 * <p>Every hook call is a new process with its own publisher, so "the run" here is the
 * whole state file: the records that the earlier calls of the same certbot run, or the
 * same dehydrated or lego state, added.
 */
final class ChallengeRun {

    /**
     * Age after which a journal entry of dehydrated, lego or another certbot run counts
     * as abandoned. A DNS-01 challenge is answered within minutes, so an older record is
     * a leftover of a run that never called its cleanup.
     */
    static final Duration ABANDONED_AFTER = Duration.ofHours(24);

    private final HookSession session;

    ChallengeRun(HookSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** A challenge to publish: for which identifier, and the TXT value. */
    record Challenge(String identifier, String value) {
        Challenge {
            Objects.requireNonNull(identifier, "identifier");
            Objects.requireNonNull(value, "value");
        }

        /**
         * Creates a challenge from hook input, checked before anything is sent: the
         * identifier must be a domain name, the value base64url (RFC 8555 section 8.4
         * makes it the base64url SHA-256 digest of the key authorization).
         *
         * @param identifierSource where the identifier came from, for the message
         * @param valueSource where the value came from, for the message
         * @throws HookException with exit code 2 naming the invalid input
         */
        static Challenge checked(String identifier, String identifierSource, String value,
                String valueSource) throws HookException {
            try {
                DomainNames.challengeName(identifier);
            } catch (IllegalArgumentException e) {
                throw HookException.invalid("invalid " + identifierSource + " '" + identifier
                        + "': " + HookFailures.oneLine(String.valueOf(e.getMessage())));
            }
            if (!BASE64URL.matcher(value).matches()) {
                throw HookException.invalid("invalid " + valueSource + " '" + value + "'; a"
                        + " DNS-01 value is base64url (letters, digits, - and _), without"
                        + " quotes, spaces or padding");
            }
            return new Challenge(identifier, value);
        }
    }

    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");

    /**
     * Publishes every challenge in order. When one fails, removes the records this call
     * already published and throws.
     */
    List<ChallengeRecord> publishAll(List<Challenge> challenges) throws HookException {
        List<ChallengeRecord> published = new ArrayList<>();
        for (Challenge challenge : challenges) {
            try {
                published.add(session.publisher().publish(challenge.identifier(),
                        challenge.value()));
            } catch (Dns01Exception | RuntimeException e) {
                String failed = "adding the TXT record for " + challenge.identifier() + " failed";
                throw rollback(HookFailures.wrap(failed, e), published);
            }
        }
        return published;
    }

    /**
     * Waits until every record in {@code records} is served. On a timeout or another
     * failure removes every record in {@code rollback} and throws.
     */
    void awaitOrRollback(Collection<ChallengeRecord> records, Collection<ChallengeRecord> rollback)
            throws HookException {
        try {
            session.publisher().awaitPropagation(records);
        } catch (Dns01Exception | RuntimeException e) {
            throw rollback(HookFailures.wrap("the TXT records were not served in time", e),
                    rollback);
        }
    }

    /**
     * Removes every record in the state file after {@code failure} and returns an
     * exception that reports the removal, keeping the exit code of {@code failure}.
     */
    HookException rollbackAll(HookException failure) {
        try {
            int removed = session.publisher().removeAll() + session.publisher().removeLeftovers();
            return withSuffix(failure, "; removed all " + removed + " TXT record(s) of this run");
        } catch (Dns01Exception | RuntimeException e) {
            return withSuffix(failure, "; removing the run's TXT records also failed ("
                    + HookFailures.oneLine(String.valueOf(e.getMessage())) + "), run the"
                    + " cleanup hook again");
        }
    }

    /**
     * Removes the records that earlier runs left in the state file, for example when
     * certbot was killed before its cleanup calls.
     */
    void removeEarlierRuns() throws HookException {
        try {
            session.publisher().removeLeftovers();
        } catch (Dns01Exception | RuntimeException e) {
            throw HookFailures.wrap("removing TXT records left by an earlier run failed", e);
        }
    }

    /**
     * Removes the records of journal entries older than {@link #ABANDONED_AFTER}. Entries
     * of runs still in progress are younger and stay.
     */
    void removeAbandoned(Instant now) throws HookException {
        Instant cutoff = now.minus(ABANDONED_AFTER);
        for (Journal.Entry entry : session.journal().entries()) {
            if (entry.created().isBefore(cutoff)) {
                remove(toRecord(entry));
            }
        }
    }

    /**
     * Removes the record this tool published for {@code identifier} with {@code value},
     * if the state file lists one, and returns whether it did. A record already gone
     * from the zone counts as removed.
     */
    boolean removePublished(String identifier, String value) throws HookException {
        Optional<ChallengeRecord> entry = find(identifier, value);
        if (entry.isPresent()) {
            remove(entry.get());
        }
        return entry.isPresent();
    }

    /** Removes {@code record} from the zone and the state file; already gone is fine. */
    void remove(ChallengeRecord record) throws HookException {
        try {
            session.publisher().remove(record);
        } catch (Dns01Exception | RuntimeException e) {
            throw HookFailures.wrap("removing the TXT record " + record.name() + " in "
                    + record.zone() + " failed", e);
        }
    }

    /** Finds the state file's record for {@code identifier} and {@code value}. */
    Optional<ChallengeRecord> find(String identifier, String value) {
        String expected = normalize(identifier);
        return records().stream()
                .filter(r -> r.value().equals(value) && normalize(r.identifier()).equals(expected))
                .findFirst();
    }

    /** Finds the state file's record with id {@code id} in {@code zone}. */
    Optional<ChallengeRecord> findById(String zone, String id) {
        String expectedZone = normalize(zone);
        return records().stream()
                .filter(r -> id.equals(r.id()) && normalize(r.zone()).equals(expectedZone))
                .findFirst();
    }

    /** Returns every record in the state file. */
    List<ChallengeRecord> records() {
        return session.publisher().journalRecords();
    }

    private HookException rollback(HookException failure, Collection<ChallengeRecord> records) {
        List<String> leftovers = new ArrayList<>();
        for (ChallengeRecord record : records) {
            try {
                session.publisher().remove(record);
            } catch (Dns01Exception | RuntimeException e) {
                leftovers.add(record.name() + " in " + record.zone());
            }
        }
        if (!leftovers.isEmpty()) {
            return withSuffix(failure, "; could not remove " + String.join(", ", leftovers)
                    + ", run the cleanup hook again");
        }
        if (records.isEmpty()) {
            return failure;
        }
        return withSuffix(failure, "; removed the " + records.size() + " TXT record(s) added");
    }

    private static ChallengeRecord toRecord(Journal.Entry entry) {
        String fqdn = entry.name().equals("@") ? entry.zone() : entry.name() + "." + entry.zone();
        return new ChallengeRecord(entry.identifier(), fqdn, entry.zone(), entry.name(),
                entry.value(), entry.id());
    }

    /** Lower-case A-labels without a trailing dot; an invalid name stays as given. */
    static String normalize(String name) {
        try {
            return DomainNames.toAscii(name);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    private static HookException withSuffix(HookException failure, String suffix) {
        return new HookException(failure.exitCode(), failure.getMessage() + suffix,
                failure.getCause());
    }
}

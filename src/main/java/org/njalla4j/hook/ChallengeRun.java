package org.njalla4j.hook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.njalla4j.dns01.ChallengeRecord;
import org.njalla4j.dns01.Dns01Exception;

/**
 * The record operations the three hook protocols share: publish challenges so that a
 * failure leaves none of them behind, wait for propagation and remove every record of
 * the run when that fails, and remove one record that this tool published.
 */
final class ChallengeRun {

    private final HookSession session;

    ChallengeRun(HookSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** A challenge to publish: where ({@code identifier}) and which TXT value. */
    record Challenge(String identifier, String value) {
        Challenge {
            Objects.requireNonNull(identifier, "identifier");
            Objects.requireNonNull(value, "value");
        }
    }

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
            throw rollback(HookFailures.wrap("waiting for the TXT records to be served failed",
                    e), rollback);
        }
    }

    /**
     * Removes every record of the journal after a failure and returns an exception whose
     * message says so, keeping the exit code of {@code failure}.
     */
    HookException rollbackAll(HookException failure) {
        try {
            int removed = session.publisher().removeAll();
            return withSuffix(failure, "; removed the " + removed + " TXT record(s) of this run");
        } catch (Dns01Exception | RuntimeException e) {
            return withSuffix(failure, "; removing the run's TXT records also failed ("
                    + HookFailures.oneLine(String.valueOf(e.getMessage())) + "), run the"
                    + " cleanup hook again");
        }
    }

    /**
     * Removes the record this tool published for {@code identifier} with {@code value},
     * if the journal has one. Returns whether it found one; a record already gone from
     * the zone counts as removed.
     */
    boolean removePublished(String identifier, String value) throws HookException {
        Optional<ChallengeRecord> entry = find(identifier, value);
        if (entry.isEmpty()) {
            return false;
        }
        remove(entry.get());
        return true;
    }

    /** Removes {@code record} from the zone and the journal; already gone is fine. */
    void remove(ChallengeRecord record) throws HookException {
        try {
            session.publisher().remove(record);
        } catch (Dns01Exception | RuntimeException e) {
            throw HookFailures.wrap("removing the TXT record " + record.name() + " in "
                    + record.zone() + " failed", e);
        }
    }

    /** The journal entry for {@code identifier} and {@code value}, if any. */
    Optional<ChallengeRecord> find(String identifier, String value) {
        String wanted = DomainNames.normalize(identifier);
        for (ChallengeRecord record : session.journal().records()) {
            if (record.value().equals(value)
                    && DomainNames.normalize(record.identifier()).equals(wanted)) {
                return Optional.of(record);
            }
        }
        return Optional.empty();
    }

    /** The journal entry with record id {@code id} in {@code zone}, if any. */
    Optional<ChallengeRecord> findById(String zone, String id) {
        for (ChallengeRecord record : session.journal().records()) {
            if (id.equals(record.id()) && DomainNames.normalize(record.zone())
                    .equals(DomainNames.normalize(zone))) {
                return Optional.of(record);
            }
        }
        return Optional.empty();
    }

    /**
     * Removes records that earlier runs with the same state file left behind, for
     * example when certbot was killed before its cleanup calls.
     */
    void removeEarlierRuns() throws HookException {
        try {
            session.publisher().removeLeftovers();
        } catch (Dns01Exception | RuntimeException e) {
            throw HookFailures.wrap("removing TXT records left by an earlier run failed", e);
        }
    }

    /** Every record in the journal: the records of the current run. */
    List<ChallengeRecord> records() {
        return List.copyOf(session.journal().records());
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

    private static HookException withSuffix(HookException failure, String suffix) {
        return new HookException(failure.exitCode(), failure.getMessage() + suffix,
                failure.getCause());
    }
}

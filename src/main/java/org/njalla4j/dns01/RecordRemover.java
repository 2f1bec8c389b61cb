package org.njalla4j.dns01;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.njalla4j.client.DnsRecord;
import org.njalla4j.client.MalformedResponseException;
import org.njalla4j.client.NjallaClient;
import org.njalla4j.client.NjallaException;
import org.njalla4j.client.NjallaTransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes the record of one journal entry, then the entry. An entry with an id is
 * removed by that id. An entry without one, whose add-record had no clear outcome, is
 * removed by the unclaimed TXT record with exactly its name and content, if one exists.
 * remove-record is repeated after a network failure, and after any failure a listing of
 * the zone decides whether the record is gone, which counts as removed.
 */
final class RecordRemover {

    private static final Logger LOG = LoggerFactory.getLogger(RecordRemover.class);

    /**
     * Pauses before the second, third and fourth remove-record attempt after a network
     * failure, which covers a brief outage or a proxy restart of a few seconds.
     */
    static final List<Duration> RETRY_PAUSES =
            List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));

    private final NjallaClient client;
    private final Journal journal;
    private final List<Duration> retryPauses;

    RecordRemover(NjallaClient client, Journal journal) {
        this(client, journal, RETRY_PAUSES);
    }

    RecordRemover(NjallaClient client, Journal journal, List<Duration> retryPauses) {
        this.client = client;
        this.journal = journal;
        this.retryPauses = List.copyOf(retryPauses);
    }

    /**
     * Removes the entry's record, then the entry.
     *
     * @return true when this call removed the record, false when it was already gone or
     *     never created
     * @throws Dns01Exception when the record still exists after the last attempt; the
     *     entry then stays
     */
    boolean remove(Journal.Entry entry) throws Dns01Exception {
        if (entry.id() != null) {
            return removeById(entry);
        }
        return removeByContent(entry);
    }

    private boolean removeById(Journal.Entry entry) throws Dns01Exception {
        Attempts attempts = sendRemove(entry);
        Exception failure = attempts.failure();
        if (failure == null) {
            journal.remove(entry);
            return true;
        }
        if (!isGone(entry)) {
            throw new Dns01Exception("cannot remove TXT record " + entry.name() + " in "
                    + entry.zone() + " (id " + entry.id() + "): " + failure.getMessage()
                    + "; journal " + journal.file() + " keeps it, so the next cleanup"
                    + " retries", failure);
        }
        LOG.debug("TXT record {} in {} (id {}) is gone", entry.name(), entry.zone(),
                entry.id());
        journal.remove(entry);
        // A lost response may hide that this call's own request removed it.
        return attempts.responseLost();
    }

    /** The outcome of the remove-record attempts: the last failure, or null on success. */
    private record Attempts(Exception failure, boolean responseLost) {
    }

    /**
     * Sends remove-record, again after each network failure. Removing by id is safe to
     * repeat: a repeat after a removal whose response was lost fails, and the caller then
     * finds the record gone.
     */
    private Attempts sendRemove(Journal.Entry entry) {
        for (int attempt = 0; ; attempt++) {
            try {
                client.records().remove(entry.zone(), entry.id());
                return new Attempts(null, attempt > 0);
            } catch (NjallaTransportException e) {
                if (attempt >= retryPauses.size() || !pause(retryPauses.get(attempt))) {
                    return new Attempts(e, true);
                }
                LOG.info("remove-record for {} in {} (id {}) failed: {}; retrying",
                        entry.name(), entry.zone(), entry.id(), e.getMessage());
            } catch (NjallaException | MalformedResponseException e) {
                return new Attempts(e, attempt > 0);
            }
        }
    }

    /** Sleeps for {@code pause} and returns false when interrupted. */
    private static boolean pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Returns whether a listing of the zone shows no record with the entry's id. */
    private boolean isGone(Journal.Entry entry) {
        try {
            return client.records().list(entry.zone()).stream()
                    .noneMatch(r -> r.id().equals(entry.id()));
        } catch (NjallaException | MalformedResponseException e) {
            LOG.debug("list-records for {} failed: {}", entry.zone(), e.getMessage());
            return false;
        }
    }

    private boolean removeByContent(Journal.Entry entry) throws Dns01Exception {
        List<DnsRecord> records;
        try {
            records = client.records().list(entry.zone());
        } catch (NjallaException | MalformedResponseException e) {
            throw new Dns01Exception("cannot look for TXT record " + entry.name() + " with"
                    + " value " + entry.value() + " in " + entry.zone() + ": "
                    + e.getMessage() + "; journal " + journal.file()
                    + " keeps it, so the next cleanup retries", e);
        }
        Optional<DnsRecord> match = Reconciler.findUnclaimed(records, entry,
                ChallengePublisher.claimedIds(journal, entry));
        if (match.isPresent()) {
            return removeById(entry.added(match.get().id()));
        }
        LOG.debug("TXT record {} with value {} in {} was never created", entry.name(),
                entry.value(), entry.zone());
        journal.remove(entry);
        return false;
    }
}

package org.njalla4j.dns01;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.njalla4j.client.AddRecordRequest;
import org.njalla4j.client.DnsRecord;
import org.njalla4j.client.MalformedResponseException;
import org.njalla4j.client.NjallaApiException;
import org.njalla4j.client.NjallaClient;
import org.njalla4j.client.NjallaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles an add-record call that had no clear outcome. Njalla's add-record appends
 * even exact duplicates, so it is never simply retried. The zone is listed first, and a
 * record with the same name and content that no other journal entry claims is adopted.
 * Only when no such record exists is add-record sent once more.
 */
final class Reconciler {

    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);

    /** Saves the id of a record that now surely exists. */
    interface IdSaver {
        Journal.Entry save(Journal.Entry intent, String id) throws Dns01Exception;
    }

    private final NjallaClient client;
    private final Journal journal;
    private final IdSaver saver;

    Reconciler(NjallaClient client, Journal journal, IdSaver saver) {
        this.client = client;
        this.journal = journal;
        this.saver = saver;
    }

    /**
     * Lists the zone and adopts or adds the record of {@code intent}.
     *
     * @param reason why the outcome is unclear, for log lines and messages
     */
    Journal.Entry reconcile(Journal.Entry intent, AddRecordRequest request, String reason)
            throws Dns01Exception {
        LOG.debug("listing {} to settle TXT record {} ({})", intent.zone(), intent.name(),
                reason);
        List<DnsRecord> records;
        try {
            records = client.records().list(intent.zone());
        } catch (NjallaException | MalformedResponseException e) {
            throw unsettled(intent, reason, "list-records failed too (" + e.getMessage() + ")",
                    e);
        }
        Optional<DnsRecord> match = findUnclaimed(records, intent,
                ChallengePublisher.claimedIds(journal, intent));
        if (match.isPresent()) {
            LOG.debug("adopting TXT record {} in {} with id {}", intent.name(), intent.zone(),
                    match.get().id());
            return saver.save(intent, match.get().id());
        }
        return addAgain(intent, request);
    }

    private Journal.Entry addAgain(Journal.Entry intent, AddRecordRequest request)
            throws Dns01Exception {
        try {
            return saver.save(intent, client.records().add(request).id());
        } catch (NjallaApiException e) {
            throw rejected(journal, intent, e);
        } catch (NjallaException | MalformedResponseException e) {
            throw unsettled(intent, e.getMessage(),
                    "a second add-record had no clear outcome either", e);
        }
    }

    /**
     * Drops the journal entry of an add-record that the API rejected, so no record was
     * added, and returns the error to throw.
     */
    static Dns01Exception rejected(Journal journal, Journal.Entry intent, NjallaApiException e)
            throws Dns01Exception {
        journal.remove(intent);
        return new Dns01Exception("cannot add TXT record " + intent.name() + " in "
                + intent.zone() + ": " + e.getMessage(), e);
    }

    private Dns01Exception unsettled(Journal.Entry intent, String reason, String detail,
            Exception cause) {
        return new Dns01Exception("cannot tell whether TXT record " + intent.name() + " in "
                + intent.zone() + " exists (" + reason + "), and "
                + detail + "; journal " + journal.file() + " keeps the entry so that the next"
                + " cleanup removes the record if it exists; retry later", cause);
    }

    /**
     * Returns the TXT record in {@code records} with the entry's name and exact content
     * whose id is not in {@code claimed}.
     */
    static Optional<DnsRecord> findUnclaimed(List<DnsRecord> records, Journal.Entry entry,
            Set<String> claimed) {
        return records.stream()
                .filter(r -> "TXT".equalsIgnoreCase(r.type()))
                .filter(r -> sameName(r, entry.name()) && r.hasContent(entry.value()))
                .filter(r -> !claimed.contains(r.id()))
                .findFirst();
    }

    /**
     * Returns whether the record has the relative name {@code name}, compared as
     * lower-case A-labels, because the API may return an IDN label in Unicode.
     */
    private static boolean sameName(DnsRecord record, String name) {
        if (record.hasName(name)) {
            return true;
        }
        try {
            return DomainNames.toAscii(record.name()).equals(DomainNames.toAscii(name));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

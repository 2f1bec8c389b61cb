package org.njalla4j.dns01;

import java.util.List;
import java.util.Optional;
import org.njalla4j.client.DnsRecord;
import org.njalla4j.client.MalformedResponseException;
import org.njalla4j.client.NjallaClient;
import org.njalla4j.client.NjallaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes the record of one journal entry, then the entry. An entry with an id is
 * removed by that id. An entry without one, whose add-record had no clear outcome, is
 * removed by the unclaimed TXT record with exactly its name and content, if one exists.
 */
final class RecordRemover {

    private static final Logger LOG = LoggerFactory.getLogger(RecordRemover.class);

    private final NjallaClient client;
    private final Journal journal;

    RecordRemover(NjallaClient client, Journal journal) {
        this.client = client;
        this.journal = journal;
    }

    void remove(Journal.Entry entry) throws Dns01Exception {
        if (entry.id() != null) {
            removeById(entry);
        } else {
            removeByContent(entry);
        }
    }

    private void removeById(Journal.Entry entry) throws Dns01Exception {
        try {
            client.records().remove(entry.zone(), entry.id());
        } catch (NjallaException | MalformedResponseException e) {
            if (!isGone(entry)) {
                throw new Dns01Exception("cannot remove TXT record " + entry.name() + " in "
                        + entry.zone() + " (id " + entry.id() + "): " + e.getMessage()
                        + "; journal " + journal.file() + " keeps it, so the next cleanup"
                        + " retries", e);
            }
            LOG.debug("TXT record {} in {} (id {}) was already gone", entry.name(),
                    entry.zone(), entry.id());
        }
        journal.remove(entry);
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

    private void removeByContent(Journal.Entry entry) throws Dns01Exception {
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
            removeById(entry.added(match.get().id()));
        } else {
            LOG.debug("TXT record {} with value {} in {} was never created", entry.name(),
                    entry.value(), entry.zone());
            journal.remove(entry);
        }
    }
}

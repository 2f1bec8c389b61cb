package org.njalla4j.emulator;

import java.time.Instant;
import java.util.List;
import org.xbill.DNS.Record;

/**
 * One version of a record as the emulated nameservers serve it. Njalla's nameservers lag
 * behind its API, so a version becomes visible at {@code visibleFrom} and stays until
 * {@code visibleUntil} (null while the record still exists in the API).
 */
final class PublishedRecord {

    final RecordState record;
    final Instant visibleFrom;
    Instant visibleUntil;
    private List<Record> dns;

    PublishedRecord(RecordState record, Instant visibleFrom) {
        this.record = record;
        this.visibleFrom = visibleFrom;
    }

    /** Returns the DNS records of this version, converted once and then reused. */
    List<Record> dns(String domain) {
        if (dns == null) {
            dns = DnsRecords.toDns(domain, record, false);
        }
        return dns;
    }

    boolean visibleAt(Instant now) {
        return !now.isBefore(visibleFrom) && (visibleUntil == null || now.isBefore(visibleUntil));
    }

    /** How many of this version's changes (appearing, disappearing) have happened by now. */
    int eventsAt(Instant now) {
        int events = now.isBefore(visibleFrom) ? 0 : 1;
        if (visibleUntil != null && !now.isBefore(visibleUntil)) {
            events++;
        }
        return events;
    }
}

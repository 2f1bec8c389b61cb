package org.njalla4j.dns01;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.njalla4j.client.AddRecordRequest;
import org.njalla4j.client.DnsRecord;
import org.njalla4j.client.MalformedResponseException;
import org.njalla4j.client.NjallaApiException;
import org.njalla4j.client.NjallaClient;
import org.njalla4j.client.NjallaException;
import org.njalla4j.dns.DnsLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places, checks and removes the TXT records of DNS-01 challenges through the Njalla
 * API. Every record it adds is saved in the {@link Journal} first, so it removes only
 * records this tool created: those whose id the journal holds, or, for an entry whose
 * add-record had no clear outcome, the record with exactly that name and content.
 *
 * <p>Each publisher is one run with its own id in the journal. Call
 * {@link #removeLeftovers()} at the start, before any other publisher uses the journal,
 * to remove what an earlier run that crashed left behind. Methods that change records
 * are synchronized; {@link #awaitPropagation(Collection)} may run beside them.
 */
public final class ChallengePublisher {

    private static final Logger LOG = LoggerFactory.getLogger(ChallengePublisher.class);

    private final NjallaClient client;
    private final Dns01Settings settings;
    private final Journal journal;
    private final String run = UUID.randomUUID().toString();
    private final ZoneFinder zoneFinder;
    private final PropagationWaiter waiter;

    /**
     * Creates a publisher. DNS queries go to {@link Dns01Settings#nameservers()} when set,
     * otherwise to the system's resolvers and the zones' authoritative servers.
     */
    public ChallengePublisher(NjallaClient client, Dns01Settings settings, Journal journal) {
        this.client = Objects.requireNonNull(client, "client");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.journal = Objects.requireNonNull(journal, "journal");
        // A query may not outlast the whole propagation wait.
        Duration queryTimeout = settings.propagationTimeout()
                .compareTo(DnsLookup.DEFAULT_QUERY_TIMEOUT) < 0
                ? settings.propagationTimeout() : DnsLookup.DEFAULT_QUERY_TIMEOUT;
        DnsLookup dns = settings.nameservers().isEmpty()
                ? DnsLookup.systemResolvers(queryTimeout)
                : new DnsLookup(settings.nameservers(), queryTimeout);
        this.zoneFinder = new ZoneFinder(client, dns, settings.zones(),
                !settings.nameservers().isEmpty());
        this.waiter = new PropagationWaiter(dns, settings);
    }

    /**
     * Adds the TXT record {@code value} for {@code identifier} and returns where it went.
     * Follows a CNAME at {@code _acme-challenge.<domain>}, finds the Njalla zone, saves
     * the intent in the journal, sends add-record and saves the id. When add-record has
     * no clear outcome (timeout, no response, HTTP 5xx), lists the zone and adopts a
     * matching record instead of adding a duplicate. Publishing a value that this
     * journal already contains returns the existing record if the zone still has it.
     *
     * @param identifier a domain name, {@code *.example.com} for a wildcard, Unicode or
     *     A-labels
     * @param value the TXT content, the key authorization digest of RFC 8555 section 8.4
     * @throws Dns01Exception when the zone cannot be found or the record cannot be added.
     *     If the outcome stayed unclear, the journal keeps the entry for a later cleanup.
     */
    public synchronized ChallengeRecord publish(String identifier, String value)
            throws Dns01Exception {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(value, "value");
        checkValue(value);
        ZoneFinder.Placement placement = zoneFinder.locate(challengeName(identifier));
        Journal.Entry intent = new Journal.Entry(run, identifier, placement.zone(),
                placement.name(), value, null, Instant.now(), Journal.State.PENDING);
        Optional<Journal.Entry> existing = findEntry(intent);
        journal.put(intent);
        if (existing.isEmpty()) {
            try {
                return toRecord(add(intent), identifier);
            } catch (Dns01Exception e) {
                throw withCnameHint(e, placement);
            }
        }
        // The journal already lists this value, from this run or an earlier one. Its
        // record may exist or not (removed by hand, or an add-record without outcome),
        // so the zone listing decides between adopting it and adding it.
        return toRecord(reconciler().reconcile(intent, addRequest(intent),
                "the journal already lists this value"), identifier);
    }

    /**
     * Returns where {@link #publish} would place the record of {@code identifier} with
     * {@code value}, following a CNAME and finding the zone, without adding anything.
     * The result has no id. Cleanup without a journal uses it to check that a record
     * found by id is a challenge record of {@code identifier}.
     *
     * @throws Dns01Exception when the zone cannot be found
     */
    public ChallengeRecord locate(String identifier, String value) throws Dns01Exception {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(value, "value");
        ZoneFinder.Placement placement = zoneFinder.locate(challengeName(identifier));
        return new ChallengeRecord(identifier, placement.fqdn(), placement.zone(),
                placement.name(), value, null);
    }

    /**
     * Returns the journal's record for {@code identifier} and {@code value}, from this
     * run or an earlier one, for example to remove it in a later process.
     */
    public Optional<ChallengeRecord> findPublished(String identifier, String value)
            throws Dns01Exception {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(value, "value");
        String name = challengeName(identifier);
        return journal.entries().stream()
                .filter(e -> e.value().equals(value))
                .filter(e -> name.equals(challengeNameOrNull(e.identifier())))
                .map(e -> toRecord(e, identifier))
                .findFirst();
    }

    /**
     * Waits until every authoritative nameserver of each record's zone, or every
     * configured nameserver, returns every value at its fqdn. Checks at once, then every
     * propagation interval.
     *
     * @throws PropagationTimeoutException naming the server, fqdn and value still missing
     *     when the propagation timeout expires
     * @throws Dns01Exception when the zone's nameservers cannot be found
     */
    public void awaitPropagation(Collection<ChallengeRecord> records) throws Dns01Exception {
        Objects.requireNonNull(records, "records");
        waiter.await(List.copyOf(records));
    }

    /**
     * Removes {@code record} and its journal entry. A record that is already gone is
     * fine. Only a record that the journal lists is removed.
     *
     * @throws Dns01Exception when the record carries an id the journal does not hold, or
     *     remove-record failed and the record still exists; the entry then stays
     */
    public synchronized void remove(ChallengeRecord record) throws Dns01Exception {
        Objects.requireNonNull(record, "record");
        Journal.Entry probe = new Journal.Entry(run, record.identifier(), record.zone(),
                record.name(), record.value(), null, Instant.now(), Journal.State.PENDING);
        Optional<Journal.Entry> entry = findEntry(probe);
        if (entry.isEmpty()) {
            if (record.id() != null) {
                throw new Dns01Exception("not removing TXT record " + record.name() + " in "
                        + record.zone() + " (id " + record.id() + "): journal "
                        + journal.file() + " does not list it, so this tool did not create it;"
                        + " remove it by hand if it is yours");
            }
            return;
        }
        new RecordRemover(client, journal).remove(entry.get());
    }

    /**
     * Removes every record this publisher added and is still in the journal.
     *
     * @return the number of journal entries resolved (removed, or found already gone)
     * @throws Dns01Exception after trying every entry, when some could not be removed
     */
    public synchronized int removeAll() throws Dns01Exception {
        return removeEntries(entriesOf(true), false);
    }

    /**
     * Removes the records that earlier runs left in the journal, for example after a
     * crash, and logs each one at info level.
     *
     * @return the number of journal entries resolved (removed, or found already gone)
     * @throws Dns01Exception after trying every entry, when some could not be removed
     */
    public synchronized int removeLeftovers() throws Dns01Exception {
        return removeEntries(entriesOf(false), true);
    }

    /**
     * Removes the records that earlier runs left in the journal more than
     * {@code minimumAge} ago, and logs each one at info level. Hooks use this instead of
     * {@link #removeLeftovers()}, because certbot runs the auth hook once per domain in
     * separate processes and a younger entry may belong to a challenge still in progress.
     *
     * @return the number of journal entries resolved (removed, or found already gone)
     * @throws Dns01Exception after trying every entry, when some could not be removed
     */
    public synchronized int removeLeftovers(Duration minimumAge) throws Dns01Exception {
        Objects.requireNonNull(minimumAge, "minimumAge");
        Instant cutoff = Instant.now().minus(minimumAge);
        List<Journal.Entry> old = entriesOf(false).stream()
                .filter(e -> e.created().isBefore(cutoff)).collect(Collectors.toList());
        return removeEntries(old, true);
    }

    /** Returns the records in the journal, from this run and earlier ones. */
    public List<ChallengeRecord> journalRecords() {
        return journal.entries().stream().map(e -> toRecord(e, e.identifier()))
                .collect(Collectors.toList());
    }

    private Journal.Entry add(Journal.Entry intent) throws Dns01Exception {
        AddRecordRequest request = addRequest(intent);
        try {
            DnsRecord added = client.records().add(request);
            return saveAdded(intent, added.id());
        } catch (NjallaApiException e) {
            throw Reconciler.rejected(journal, intent, e);
        } catch (NjallaException | MalformedResponseException e) {
            return reconciler().reconcile(intent, request, e.getMessage());
        }
    }

    private AddRecordRequest addRequest(Journal.Entry intent) {
        return AddRecordRequest.txt(intent.zone(), intent.name(), intent.value(),
                settings.ttl());
    }

    private Reconciler reconciler() {
        return new Reconciler(client, journal, this::saveAdded);
    }

    /** Adds to a 403 from add-record that the name came from following a CNAME. */
    private static Dns01Exception withCnameHint(Dns01Exception e, ZoneFinder.Placement placement) {
        boolean viaCname = !placement.fqdn().equals(placement.challengeName());
        if (viaCname && e.getCause() instanceof NjallaApiException api
                && api.isPermissionDenied()) {
            return new Dns01Exception(e.getMessage() + "; " + placement.challengeName()
                    + " is a CNAME to " + placement.fqdn() + ", so the token must be allowed to"
                    + " write TXT records there", api);
        }
        return e;
    }

    private Journal.Entry saveAdded(Journal.Entry intent, String id) throws Dns01Exception {
        Journal.Entry added = intent.added(id);
        journal.put(added);
        return added;
    }

    private int removeEntries(List<Journal.Entry> entries, boolean leftovers)
            throws Dns01Exception {
        RecordRemover remover = new RecordRemover(client, journal);
        int removed = 0;
        List<Dns01Exception> failures = new ArrayList<>();
        for (Journal.Entry entry : entries) {
            try {
                boolean removedNow = remover.remove(entry);
                removed++;
                if (leftovers) {
                    logLeftover(entry, removedNow);
                }
            } catch (Dns01Exception e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            Dns01Exception error = new Dns01Exception("could not remove " + failures.size()
                    + " of " + PropagationWaiter.counted(entries.size(), "TXT record")
                    + "; first failure: " + failures.get(0).getMessage(), failures.get(0));
            failures.stream().skip(1).forEach(error::addSuppressed);
            throw error;
        }
        return removed;
    }

    private static void logLeftover(Journal.Entry entry, boolean removedNow) {
        if (removedNow) {
            LOG.info("removed TXT record {} in {} (value {}, id {}) left by an earlier run",
                    entry.name(), entry.zone(), entry.value(), entry.id());
        } else {
            LOG.info("TXT record {} in {} (value {}) left by an earlier run was already gone",
                    entry.name(), entry.zone(), entry.value());
        }
    }

    private List<Journal.Entry> entriesOf(boolean thisRun) {
        return journal.entries().stream().filter(e -> e.run().equals(run) == thisRun)
                .collect(Collectors.toList());
    }

    private Optional<Journal.Entry> findEntry(Journal.Entry probe) {
        return journal.entries().stream().filter(probe::sameRecord).findFirst();
    }

    private static String challengeName(String identifier) throws Dns01Exception {
        try {
            return DomainNames.challengeName(identifier);
        } catch (IllegalArgumentException e) {
            throw new Dns01Exception(e.getMessage(), e);
        }
    }

    private static String challengeNameOrNull(String identifier) {
        try {
            return DomainNames.challengeName(identifier);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void checkValue(String value) throws Dns01Exception {
        if (value.isEmpty() || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '"')) {
            throw new Dns01Exception("invalid TXT value '" + value + "'; a DNS-01 value is"
                    + " the base64url key authorization digest, without quotes or spaces");
        }
    }

    private static ChallengeRecord toRecord(Journal.Entry entry, String identifier) {
        String fqdn = entry.name().equals("@") ? entry.zone()
                : entry.name() + "." + entry.zone();
        return new ChallengeRecord(identifier, fqdn, entry.zone(), entry.name(),
                entry.value(), entry.id());
    }

    /** Ids held by journal entries other than {@code except}. */
    static Set<String> claimedIds(Journal journal, Journal.Entry except) {
        return journal.entries().stream().filter(e -> !e.sameRecord(except))
                .map(Journal.Entry::id).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}

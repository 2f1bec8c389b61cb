package org.njalla4j.dns01;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.njalla4j.client.DnsRecord;

class ChallengePublisherTest {

    @TempDir
    Path dir;

    private EmulatedAccount account;

    @BeforeEach
    void startEmulator() throws Exception {
        account = EmulatedAccount.start(dir, "example.com", "example.net", "xn--bcher-kva.example");
    }

    @AfterEach
    void stopEmulator() {
        account.close();
    }

    private Set<String> ids(String zone) throws Exception {
        return account.txt(zone).stream().map(DnsRecord::id).collect(Collectors.toSet());
    }

    @Test
    void publish_apexAndWildcardShareName() throws Exception {
        ChallengePublisher publisher = account.publisher(account.acmeClient(), account.settings());

        ChallengeRecord apex = publisher.publish("example.com", "apex-value");
        ChallengeRecord wildcard = publisher.publish("*.example.com", "wildcard-value");
        publisher.awaitPropagation(List.of(apex, wildcard));

        assertEquals("_acme-challenge.example.com", apex.fqdn());
        assertEquals("_acme-challenge.example.com", wildcard.fqdn());
        assertEquals("_acme-challenge", wildcard.name());
        assertEquals("*.example.com", wildcard.identifier());
        assertNotEquals(apex.id(), wildcard.id());
        assertEquals(Set.of("apex-value", "wildcard-value"),
                Set.copyOf(account.txtValues("example.com", "_acme-challenge")));
        assertEquals(2, publisher.removeAll());
        assertEquals(List.of(), account.txt("example.com"));
    }

    @Test
    void publish_usesConfiguredTtl() throws Exception {
        ChallengePublisher publisher = account.publisher(account.fullClient,
                account.settings().withTtl(300));
        ChallengeRecord record = publisher.publish("www.example.com", "ttl-value");
        DnsRecord stored = account.txt("example.com").get(0);
        assertEquals(record.id(), stored.id());
        assertEquals(300, stored.ttl());
    }

    @Test
    void publish_normalisesUnicodeIdentifier() throws Exception {
        ChallengePublisher publisher = account.publisher();
        ChallengeRecord record = publisher.publish("WWW.Bücher.Example.", "idn-value");
        assertEquals("_acme-challenge.www.xn--bcher-kva.example", record.fqdn());
        assertEquals("xn--bcher-kva.example", record.zone());
        assertEquals("_acme-challenge.www", record.name());
        publisher.awaitPropagation(List.of(record));
    }

    @Test
    void publish_sameValueTwiceAddsOnce() throws Exception {
        ChallengePublisher publisher = account.publisher();
        ChallengeRecord first = publisher.publish("example.com", "repeated-value");
        ChallengeRecord second = publisher.publish("example.com", "repeated-value");
        assertEquals(first, second);
        assertEquals(1, account.txt("example.com").size());
    }

    @Test
    void publish_invalidIdentifierSendsNothing() throws Exception {
        ChallengePublisher publisher = account.publisher();
        Dns01Exception e = assertThrows(Dns01Exception.class,
                () -> publisher.publish("www.*.example.com", "value"));
        assertTrue(e.getMessage().contains("'www.*.example.com'"), e.getMessage());
        assertEquals(List.of(), publisher.journalRecords());
    }

    @Test
    void publish_rejectsQuotedValue() throws Exception {
        ChallengePublisher publisher = account.publisher();
        Dns01Exception e = assertThrows(Dns01Exception.class,
                () -> publisher.publish("example.com", "\"quoted\""));
        assertTrue(e.getMessage().startsWith("invalid TXT value '\"quoted\"'"), e.getMessage());
        assertEquals(List.of(), account.txt("example.com"));
    }

    @Test
    void publish_followsCnameAndRemovesTarget() throws Exception {
        account.addRecord("example.com", "CNAME", "_acme-challenge.www",
                "www-validation.example.net.");
        ChallengePublisher publisher = account.publisher();

        ChallengeRecord record = publisher.publish("www.example.com", "delegated-value");
        publisher.awaitPropagation(List.of(record));

        assertEquals("www-validation.example.net", record.fqdn());
        assertEquals(List.of("delegated-value"),
                account.txtValues("example.net", "www-validation"));
        publisher.remove(record);
        assertEquals(List.of(), account.txt("example.net"));
    }

    @Test
    void remove_alreadyGoneIsFine() throws Exception {
        ChallengePublisher publisher = account.publisher();
        ChallengeRecord record = publisher.publish("example.com", "gone-value");
        account.fullClient.records().remove("example.com", record.id());

        publisher.remove(record);

        assertEquals(List.of(), publisher.journalRecords());
    }

    @Test
    void remove_refusesRecordNotInJournal() throws Exception {
        DnsRecord foreign = account.addRecord("example.com", "TXT", "_acme-challenge", "foreign");
        ChallengePublisher publisher = account.publisher();
        ChallengeRecord guess = new ChallengeRecord("example.com", "_acme-challenge.example.com",
                "example.com", "_acme-challenge", "foreign", foreign.id());

        Dns01Exception e = assertThrows(Dns01Exception.class, () -> publisher.remove(guess));

        assertTrue(e.getMessage().startsWith("not removing TXT record _acme-challenge in"
                + " example.com (id " + foreign.id() + ")"), e.getMessage());
        assertEquals(Set.of(foreign.id()), ids("example.com"));
    }

    @Test
    void removeAll_leavesForeignRecords() throws Exception {
        DnsRecord sameName = account.addRecord("example.com", "TXT", "_acme-challenge",
                "someone-elses-value");
        DnsRecord sameValue = account.addRecord("example.com", "TXT", "_acme-challenge.other",
                "our-value");
        DnsRecord address = account.addRecord("example.com", "A", "_acme-challenge", "192.0.2.1");
        ChallengePublisher publisher = account.publisher();
        publisher.publish("example.com", "our-value");

        assertEquals(1, publisher.removeAll());

        assertEquals(Set.of(sameName.id(), sameValue.id()), ids("example.com"));
        assertTrue(account.fullClient.records().list("example.com").stream()
                .anyMatch(r -> r.id().equals(address.id())));
    }

    @Test
    void removeLeftovers_removesCrashedRunRecords() throws Exception {
        Path file;
        try (Journal crashed = Journal.open(dir.resolve("leftovers.json"))) {
            file = crashed.file();
            ChallengePublisher first = new ChallengePublisher(account.fullClient,
                    account.settings(), crashed);
            first.publish("example.com", "added-before-crash");
            // An intent whose add-record reached the server, but whose id never arrived.
            DnsRecord unacknowledged = account.addRecord("example.com", "TXT",
                    "_acme-challenge.www", "unacknowledged");
            crashed.put(new Journal.Entry("crashed-run", "www.example.com", "example.com",
                    "_acme-challenge.www", "unacknowledged", null, Instant.now(),
                    Journal.State.PENDING));
            // An intent whose add-record never reached the server.
            crashed.put(new Journal.Entry("crashed-run", "a.example.com", "example.com",
                    "_acme-challenge.a", "never-sent", null, Instant.now(),
                    Journal.State.PENDING));
            assertNotNull(unacknowledged.id());
        }
        DnsRecord foreign = account.addRecord("example.com", "TXT", "_acme-challenge", "foreign");

        try (Journal journal = Journal.open(file)) {
            ChallengePublisher next = new ChallengePublisher(account.fullClient,
                    account.settings(), journal);
            next.publish("www.example.com", "current-run");

            assertEquals(3, next.removeLeftovers());

            assertEquals(1, journal.entries().size());
            assertEquals("current-run", journal.entries().get(0).value());
            assertEquals(List.of("foreign"), account.txtValues("example.com", "_acme-challenge"));
            assertEquals(List.of("current-run"),
                    account.txtValues("example.com", "_acme-challenge.www"));
            assertTrue(ids("example.com").contains(foreign.id()));
        }
    }

    @Test
    void removeLeftovers_keepsYoungEntries() throws Exception {
        DnsRecord old = account.addRecord("example.com", "TXT", "_acme-challenge.old", "old");
        DnsRecord young = account.addRecord("example.com", "TXT", "_acme-challenge.young",
                "young");
        Journal journal = account.journal();
        journal.put(new Journal.Entry("other-run", "old.example.com", "example.com",
                "_acme-challenge.old", "old", old.id(), Instant.now().minus(Duration.ofHours(2)),
                Journal.State.ADDED));
        journal.put(new Journal.Entry("other-run", "young.example.com", "example.com",
                "_acme-challenge.young", "young", young.id(), Instant.now(),
                Journal.State.ADDED));
        ChallengePublisher publisher = new ChallengePublisher(account.fullClient,
                account.settings(), journal);

        assertEquals(1, publisher.removeLeftovers(Duration.ofHours(1)));

        assertEquals(Set.of(young.id()), ids("example.com"));
        assertEquals(1, journal.entries().size());
    }

    @Test
    void removeLeftovers_recordAlreadyGone_logsAlreadyGone() throws Exception {
        DnsRecord gone = account.addRecord("example.com", "TXT", "_acme-challenge.gone", "gone");
        Journal journal = account.journal();
        journal.put(new Journal.Entry("other-run", "gone.example.com", "example.com",
                "_acme-challenge.gone", "gone", gone.id(), Instant.now(), Journal.State.ADDED));
        account.fullClient.records().remove("example.com", gone.id());
        ChallengePublisher publisher = new ChallengePublisher(account.fullClient,
                account.settings(), journal);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        int resolved;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            resolved = publisher.removeLeftovers();
        } finally {
            System.setErr(stderr);
        }

        String text = log.toString(StandardCharsets.UTF_8);
        assertEquals(1, resolved);
        assertTrue(text.contains("left by an earlier run was already gone"), text);
        assertFalse(text.contains("removed TXT record"), text);
    }

    @Test
    void publish_adoptsPendingEntryOfEarlierRun() throws Exception {
        DnsRecord earlier = account.addRecord("example.com", "TXT", "_acme-challenge", "again");
        Journal journal = account.journal();
        journal.put(new Journal.Entry("crashed-run", "example.com", "example.com",
                "_acme-challenge", "again", null, Instant.now(), Journal.State.PENDING));
        ChallengePublisher publisher = new ChallengePublisher(account.fullClient,
                account.settings(), journal);

        ChallengeRecord record = publisher.publish("example.com", "again");

        assertEquals(earlier.id(), record.id());
        assertEquals(Set.of(earlier.id()), ids("example.com"));
        assertEquals(0, publisher.removeLeftovers());
        assertEquals(1, publisher.removeAll());
    }

    @Test
    void findPublished_matchesIdentifierForms() throws Exception {
        ChallengePublisher publisher = account.publisher();
        ChallengeRecord record = publisher.publish("*.Bücher.example", "found-value");

        assertEquals(record.id(), publisher.findPublished("xn--bcher-kva.example",
                "found-value").orElseThrow().id());
        assertTrue(publisher.findPublished("bücher.example", "other-value").isEmpty());
        assertTrue(publisher.findPublished("www.bücher.example", "found-value").isEmpty());
    }

    @Test
    void publish_againAfterManualRemovalAddsRecord() throws Exception {
        ChallengePublisher publisher = account.publisher();
        ChallengeRecord first = publisher.publish("example.com", "removed-by-hand");
        account.fullClient.records().remove("example.com", first.id());

        ChallengeRecord second = publisher.publish("example.com", "removed-by-hand");

        assertNotEquals(first.id(), second.id());
        assertEquals(Set.of(second.id()), ids("example.com"));
        assertEquals(1, publisher.journalRecords().size());
    }
}

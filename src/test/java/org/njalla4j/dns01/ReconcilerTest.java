package org.njalla4j.dns01;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.njalla4j.client.DnsRecord;
import org.njalla4j.client.NjallaClient;

class ReconcilerTest {

    @TempDir
    Path dir;

    private EmulatedAccount account;
    private ApiFaultProxy proxy;
    private NjallaClient proxied;

    @BeforeEach
    void start() throws Exception {
        account = EmulatedAccount.start(dir, "example.com");
        proxy = new ApiFaultProxy(account.emulator.apiUrl());
        proxied = EmulatedAccount.client(proxy.url(), account.emulator.fullAccessToken());
    }

    @AfterEach
    void stop() throws Exception {
        proxy.close();
        account.close();
    }

    /** Settings with the zone configured, so that list-records is only sent to reconcile. */
    private Dns01Settings settings() {
        return account.settings().withZones(List.of("example.com"));
    }

    private long addRecordCalls() {
        return proxy.methods().stream().filter("add-record"::equals).count();
    }

    @ParameterizedTest
    @EnumSource(value = ApiFaultProxy.Fault.class, names = {"APPLY_THEN_DISCONNECT",
        "APPLY_THEN_502"})
    void reconcile_adoptsRecordWhoseResponseWasLost(ApiFaultProxy.Fault fault) throws Exception {
        proxy.fail("add-record", fault);
        ChallengePublisher publisher = account.publisher(proxied, settings());

        ChallengeRecord record = publisher.publish("www.example.com", "lost-response-value");

        List<DnsRecord> txt = account.txt("example.com");
        assertEquals(1, txt.size());
        assertEquals(txt.get(0).id(), record.id());
        assertEquals(1, addRecordCalls());
        assertEquals(List.of("add-record", "list-records"), proxy.methods());
    }

    @Test
    void reconcile_addsAgainWhenRequestNeverArrived() throws Exception {
        proxy.fail("add-record", ApiFaultProxy.Fault.DISCONNECT);
        ChallengePublisher publisher = account.publisher(proxied, settings());

        ChallengeRecord record = publisher.publish("www.example.com", "lost-request-value");

        List<DnsRecord> txt = account.txt("example.com");
        assertEquals(1, txt.size());
        assertEquals(txt.get(0).id(), record.id());
        assertEquals(List.of("add-record", "list-records", "add-record"), proxy.methods());
    }

    @Test
    void reconcile_keepsIntentWhenListingFailsToo() throws Exception {
        proxy.fail("add-record", ApiFaultProxy.Fault.APPLY_THEN_DISCONNECT);
        // The client sends a read-only method again after a transport failure.
        for (int attempt = 0; attempt <= NjallaClient.DEFAULT_MAX_RETRIES; attempt++) {
            proxy.fail("list-records", ApiFaultProxy.Fault.DISCONNECT);
        }
        Journal journal = account.journal();
        ChallengePublisher publisher = new ChallengePublisher(proxied, settings(), journal);

        Dns01Exception e = assertThrows(Dns01Exception.class,
                () -> publisher.publish("www.example.com", "unsettled-value"));

        assertTrue(e.getMessage().contains("list-records failed too"), e.getMessage());
        assertTrue(e.getMessage().contains(journal.file().toString()), e.getMessage());
        assertEquals(1, journal.entries().size());
        assertNull(journal.entries().get(0).id());
        assertEquals(Journal.State.PENDING, journal.entries().get(0).state());
        assertEquals(List.of("unsettled-value"),
                account.txtValues("example.com", "_acme-challenge.www"));
        journal.close();

        try (Journal next = Journal.open(journal.file())) {
            ChallengePublisher nextRun = new ChallengePublisher(account.fullClient, settings(),
                    next);
            assertEquals(1, nextRun.removeLeftovers());
            assertEquals(List.of(), next.entries());
        }
        assertEquals(List.of(), account.txt("example.com"));
    }

    @Test
    void reconcile_apiErrorOnSecondAddDropsIntent() throws Exception {
        proxy.fail("add-record", ApiFaultProxy.Fault.DISCONNECT);
        Journal journal = account.journal();
        NjallaClient proxiedAcme = EmulatedAccount.client(proxy.url(), account.acmeToken());
        ChallengePublisher publisher = new ChallengePublisher(proxiedAcme, settings(), journal);

        // An ACME token may only write names under _acme-challenge, so a CNAME target
        // outside that prefix fails with 403 on both add-record calls.
        account.addRecord("example.com", "CNAME", "_acme-challenge.moved",
                "other-name.example.com.");
        Dns01Exception e = assertThrows(Dns01Exception.class,
                () -> publisher.publish("moved.example.com", "denied-value"));
        assertTrue(e.getMessage().startsWith("cannot add TXT record other-name in example.com:"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("; _acme-challenge.moved.example.com is a CNAME to"
                + " other-name.example.com, so the token must be allowed to write TXT records"
                + " there"), e.getMessage());
        assertEquals(List.of(), journal.entries());
        assertEquals(List.of(), account.txt("example.com"));
    }

    @Test
    void findUnclaimed_matchesNameContentAndClaim() {
        Journal.Entry entry = new Journal.Entry("run", "www.bücher.example",
                "example.com", "_acme-challenge.www.xn--bcher-kva", "v", null,
                java.time.Instant.now(), Journal.State.PENDING);
        DnsRecord unicode = txtRecord("1", "_acme-challenge.www.Bücher", "v");
        DnsRecord quoted = txtRecord("2", "_acme-challenge.www.xn--bcher-kva", "\"v\"");
        DnsRecord otherValue = txtRecord("3", "_acme-challenge.www.xn--bcher-kva", "w");

        assertEquals("1", Reconciler.findUnclaimed(List.of(otherValue, unicode), entry,
                java.util.Set.of()).orElseThrow().id());
        assertEquals("2", Reconciler.findUnclaimed(List.of(unicode, quoted), entry,
                java.util.Set.of("1")).orElseThrow().id());
        assertTrue(Reconciler.findUnclaimed(List.of(otherValue), entry, java.util.Set.of())
                .isEmpty());
    }

    private static DnsRecord txtRecord(String id, String name, String content) {
        return new DnsRecord(id, name, "TXT", content, 60, null, null, null, null, null, null,
                null);
    }
}

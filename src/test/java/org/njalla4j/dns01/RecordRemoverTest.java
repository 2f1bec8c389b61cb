package org.njalla4j.dns01;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.njalla4j.client.DnsRecord;

class RecordRemoverTest {

    private static final List<Duration> SHORT_PAUSES =
            List.of(Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(40));

    @TempDir
    Path dir;

    private EmulatedAccount account;
    private ApiFaultProxy proxy;
    private Journal journal;
    private RecordRemover remover;

    @BeforeEach
    void start() throws Exception {
        account = EmulatedAccount.start(dir, "example.com");
        proxy = new ApiFaultProxy(account.emulator.apiUrl());
        journal = account.journal();
        remover = new RecordRemover(EmulatedAccount.client(proxy.url(),
                account.emulator.fullAccessToken()), journal, SHORT_PAUSES);
    }

    @AfterEach
    void stop() throws Exception {
        proxy.close();
        account.close();
    }

    private Journal.Entry entry(String value, String id) {
        Journal.State state = id == null ? Journal.State.PENDING : Journal.State.ADDED;
        return new Journal.Entry("run", "example.com", "example.com", "_acme-challenge", value,
                id, Instant.now(), state);
    }

    @Test
    void remove_lostResponseButGoneIsFine() throws Exception {
        DnsRecord record = account.addRecord("example.com", "TXT", "_acme-challenge", "v1");
        journal.put(entry("v1", record.id()));
        proxy.fail("remove-record", ApiFaultProxy.Fault.APPLY_THEN_DISCONNECT);

        remover.remove(journal.entries().get(0));

        assertEquals(List.of(), journal.entries());
        assertEquals(List.of(), account.txt("example.com"));
    }

    @Test
    void remove_briefOutage_retriesUntilRemoved() throws Exception {
        DnsRecord record = account.addRecord("example.com", "TXT", "_acme-challenge", "v4");
        journal.put(entry("v4", record.id()));
        proxy.fail("remove-record", ApiFaultProxy.Fault.DISCONNECT);
        proxy.fail("remove-record", ApiFaultProxy.Fault.DISCONNECT);

        boolean removed = remover.remove(journal.entries().get(0));

        assertTrue(removed);
        assertEquals(List.of(), journal.entries());
        assertEquals(List.of(), account.txt("example.com"));
        assertEquals(3, proxy.methods().stream().filter("remove-record"::equals).count());
    }

    @Test
    void remove_lost502AfterApplying_countsAsRemoved() throws Exception {
        DnsRecord record = account.addRecord("example.com", "TXT", "_acme-challenge", "v5");
        journal.put(entry("v5", record.id()));
        proxy.fail("remove-record", ApiFaultProxy.Fault.APPLY_THEN_502);

        boolean removed = remover.remove(journal.entries().get(0));

        assertTrue(removed);
        assertEquals(List.of(), journal.entries());
        assertEquals(List.of(), account.txt("example.com"));
    }

    @Test
    void remove_recordAlreadyGone_returnsFalse() throws Exception {
        DnsRecord record = account.addRecord("example.com", "TXT", "_acme-challenge", "v6");
        journal.put(entry("v6", record.id()));
        account.fullClient.records().remove("example.com", record.id());

        boolean removed = remover.remove(journal.entries().get(0));

        assertFalse(removed);
        assertEquals(List.of(), journal.entries());
    }

    @Test
    void remove_failureKeepsEntryWhileRecordExists() throws Exception {
        DnsRecord record = account.addRecord("example.com", "TXT", "_acme-challenge", "v2");
        journal.put(entry("v2", record.id()));
        for (int i = 0; i <= SHORT_PAUSES.size(); i++) {
            proxy.fail("remove-record", ApiFaultProxy.Fault.DISCONNECT);
        }

        Dns01Exception e = assertThrows(Dns01Exception.class,
                () -> remover.remove(journal.entries().get(0)));

        assertTrue(e.getMessage().startsWith("cannot remove TXT record _acme-challenge in"
                + " example.com (id " + record.id() + ")"), e.getMessage());
        assertEquals(1, journal.entries().size());
        assertEquals(1, account.txt("example.com").size());
    }

    @Test
    void remove_pendingEntryMatchesNameAndContentOnly() throws Exception {
        DnsRecord otherName = account.addRecord("example.com", "TXT", "_acme-challenge.www",
                "v3");
        DnsRecord otherValue = account.addRecord("example.com", "TXT", "_acme-challenge",
                "v3-other");
        DnsRecord ours = account.addRecord("example.com", "TXT", "_acme-challenge", "v3");
        journal.put(entry("v3", null));

        remover.remove(journal.entries().get(0));

        List<String> left = account.txt("example.com").stream().map(DnsRecord::id).toList();
        assertEquals(List.of(otherName.id(), otherValue.id()), left);
        assertTrue(!left.contains(ours.id()));
        assertEquals(List.of(), journal.entries());
    }
}

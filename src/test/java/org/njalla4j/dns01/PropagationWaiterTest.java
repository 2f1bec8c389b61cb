package org.njalla4j.dns01;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.njalla4j.dns.DnsLookup;
import org.njalla4j.emulator.Emulator;

class PropagationWaiterTest {

    @TempDir
    Path dir;

    private static PropagationWaiter waiter(EmulatedAccount account, Dns01Settings settings) {
        return new PropagationWaiter(new DnsLookup(settings.nameservers(), Duration.ofSeconds(5)),
                settings);
    }

    @Test
    void await_waitsForDelayedRecords() throws Exception {
        try (EmulatedAccount account = EmulatedAccount.start(dir, Duration.ofSeconds(2),
                "example.com")) {
            ChallengePublisher publisher = account.publisher();
            List<ChallengeRecord> records = List.of(
                    publisher.publish("example.com", "apex-value-1"),
                    publisher.publish("*.example.com", "wildcard-value-2"),
                    publisher.publish("www.example.com", "www-value-3"));

            assertDoesNotThrow(() -> waiter(account, account.settings()).await(records));
        }
    }

    @Test
    void await_timeoutNamesServerFqdnAndValue() throws Exception {
        try (EmulatedAccount account = EmulatedAccount.start(dir, Duration.ofHours(1),
                "example.com")) {
            ChallengeRecord record = account.publisher().publish("www.example.com", "late-value");
            Dns01Settings settings = account.settings()
                    .withPropagationTimeout(Duration.ofSeconds(1))
                    .withPropagationInterval(Duration.ofMillis(200));
            InetSocketAddress server = account.emulator.dnsAddress();

            PropagationTimeoutException e = assertThrows(PropagationTimeoutException.class,
                    () -> waiter(account, settings).await(List.of(record)));
            assertEquals(server, e.server());
            assertEquals("_acme-challenge.www.example.com", e.fqdn());
            assertEquals("late-value", e.value());
            assertTrue(e.getMessage().startsWith("TXT value late-value for"
                    + " _acme-challenge.www.example.com was not visible at nameserver "
                    + PropagationWaiter.format(server) + " after 1 s"),
                    e.getMessage());
        }
    }

    @Test
    void await_oneLaggingServerFails() throws Exception {
        try (EmulatedAccount serving = EmulatedAccount.start(dir, "example.com");
                EmulatedAccount empty = EmulatedAccount.start(dir.resolve("b"), "example.com")) {
            ChallengeRecord record = serving.publisher().publish("example.com", "only-here");
            InetSocketAddress lagging = empty.emulator.dnsAddress();
            Dns01Settings settings = serving.settings()
                    .withNameservers(List.of(serving.emulator.dnsAddress(), lagging))
                    .withPropagationTimeout(Duration.ofSeconds(1));

            PropagationTimeoutException e = assertThrows(PropagationTimeoutException.class,
                    () -> waiter(serving, settings).await(List.of(record)));
            assertEquals(lagging, e.server());
            assertEquals("only-here", e.value());
        }
    }

    @Test
    void await_readsManyValuesOverTcp() throws Exception {
        try (EmulatedAccount account = EmulatedAccount.start(dir, "example.com")) {
            ChallengePublisher publisher = account.publisher();
            List<ChallengeRecord> records = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                records.add(publisher.publish("example.com",
                        String.format("value-%02d-abcdefghijklmnopqrstuvwxyz0123456789", i)));
            }

            assertDoesNotThrow(() -> waiter(account, account.settings()).await(records));
        }
    }

    @Test
    void await_emptyCollectionReturnsAtOnce() throws Exception {
        try (EmulatedAccount account = EmulatedAccount.start(dir, "example.com")) {
            assertDoesNotThrow(() -> waiter(account, account.settings()).await(List.of()));
        }
    }

    @Test
    void await_servfailCountsAsNotYet() throws Exception {
        try (EmulatedAccount account = EmulatedAccount.start(dir, "example.com")) {
            ChallengeRecord record = account.publisher().publish("example.com", "servfail-value");
            Dns01Settings settings = account.settings()
                    .withPropagationTimeout(Duration.ofSeconds(1));
            account.emulator.setDnsServfail(true);

            PropagationTimeoutException e = assertThrows(PropagationTimeoutException.class,
                    () -> waiter(account, settings).await(List.of(record)));
            assertTrue(e.getMessage().contains("(last response: SERVFAIL)"), e.getMessage());

            account.emulator.setDnsServfail(false);
            assertDoesNotThrow(() -> waiter(account, settings).await(List.of(record)));
        }
    }

    @Test
    void await_checksEveryAuthoritativeServer() throws Exception {
        Emulator.Builder primary = Emulator.builder().domains("example.com")
                .bindAddress(InetAddress.getByName("127.0.0.1"))
                .nameservers(List.of("ns-a.example.com", "ns-b.example.com"));
        try (EmulatedAccount account = EmulatedAccount.start(dir, primary)) {
            int port = account.emulator.dnsAddress().getPort();
            Emulator.Builder secondary = Emulator.builder().domains("example.com")
                    .bindAddress(InetAddress.getByName("127.0.0.2")).dnsPort(port);
            try (EmulatedAccount second = EmulatedAccount.start(dir.resolve("b"), secondary)) {
                account.addRecord("example.com", "A", "ns-a", "127.0.0.1");
                account.addRecord("example.com", "A", "ns-b", "127.0.0.2");
                ChallengeRecord record = account.publisher().publish("example.com", "auth-value");
                DnsLookup lookup = new DnsLookup(List.of(account.emulator.dnsAddress()),
                        Duration.ofSeconds(5));
                Dns01Settings settings = account.settings().withNameservers(List.of())
                        .withPropagationTimeout(Duration.ofSeconds(1));
                PropagationWaiter waiter = new PropagationWaiter(lookup, settings, port);

                PropagationTimeoutException e = assertThrows(PropagationTimeoutException.class,
                        () -> waiter.await(List.of(record)));
                assertEquals(new InetSocketAddress("127.0.0.2", port), e.server());
                assertTrue(e.getMessage().contains("at nameserver ns-b.example.com (127.0.0.2:"
                        + port + ") after 1 s"), e.getMessage());

                second.addRecord("example.com", "TXT", "_acme-challenge", "auth-value");
                assertDoesNotThrow(() -> waiter.await(List.of(record)));
            }
        }
    }

    @Test
    void await_serverNeedsOneReachableAddress() throws Exception {
        Emulator.Builder builder = Emulator.builder().domains("example.com")
                .bindAddress(InetAddress.getByName("::1"))
                .nameservers(List.of("ns-a.example.com"));
        try (EmulatedAccount account = EmulatedAccount.start(dir, builder)) {
            // The emulator listens on ::1 only, so the A address, queried first, gets no
            // response and the AAAA address has to answer for the server.
            account.addRecord("example.com", "A", "ns-a", "127.0.0.1");
            account.addRecord("example.com", "AAAA", "ns-a", "::1");
            ChallengeRecord record = account.publisher().publish("example.com", "v6-value");
            int port = account.emulator.dnsAddress().getPort();
            DnsLookup lookup = new DnsLookup(List.of(account.emulator.dnsAddress()),
                    Duration.ofSeconds(2));
            Dns01Settings settings = account.settings().withNameservers(List.of())
                    .withPropagationTimeout(Duration.ofSeconds(20));

            assertDoesNotThrow(() -> new PropagationWaiter(lookup, settings, port)
                    .await(List.of(record)));
        }
    }

    @ParameterizedTest
    @CsvSource({"0, 0 nameservers", "1, 1 nameserver", "2, 2 nameservers"})
    void counted_pluralizesUnlessOne(long count, String expected) {
        assertEquals(expected, PropagationWaiter.counted(count, "nameserver"));
    }
}

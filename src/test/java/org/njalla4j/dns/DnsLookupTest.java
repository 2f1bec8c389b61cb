package org.njalla4j.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.njalla4j.client.AddRecordRequest;
import org.njalla4j.client.NjallaClient;
import org.njalla4j.emulator.Emulator;

class DnsLookupTest {

    private Emulator emulator;
    private NjallaClient client;
    private DnsLookup lookup;

    @BeforeEach
    void startEmulator() throws Exception {
        emulator = Emulator.builder().domains("example.com", "sub.example.com", "example.co.uk")
                .propagationDelay(Duration.ZERO).start();
        client = NjallaClient.builder().apiUrl(emulator.apiUrl())
                .token(emulator.fullAccessToken()).build();
        lookup = new DnsLookup(List.of(emulator.dnsAddress()), Duration.ofSeconds(5));
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    private void addTxt(String zone, String name, String value) throws Exception {
        client.records().add(AddRecordRequest.txt(zone, name, value, 60));
    }

    @ParameterizedTest
    @CsvSource({
        "example.com, example.com",
        "_acme-challenge.www.example.com, example.com",
        "Deep.Name.Example.COM., example.com",
        "_acme-challenge.www.sub.example.com, sub.example.com",
        "_acme-challenge.app.example.co.uk, example.co.uk",
    })
    void zoneApex_findsEnclosingZone(String name, String apex) throws Exception {
        assertEquals(Optional.of(apex), lookup.zoneApex(name));
    }

    @Test
    void zoneApex_unservedNameIsEmpty() throws Exception {
        assertEquals(Optional.empty(), lookup.zoneApex("_acme-challenge.badexample.com"));
    }

    @Test
    void cname_returnsTarget() throws Exception {
        client.records().add(AddRecordRequest.builder("example.com", "CNAME", "alias")
                .content("target.example.co.uk.").ttl(60).build());
        assertEquals(Optional.of("target.example.co.uk"), lookup.cname("alias.example.com"));
        assertEquals(Optional.empty(), lookup.cname("www.example.com"));
    }

    @Test
    void txt_returnsValuesOverUdp() throws Exception {
        addTxt("example.com", "_acme-challenge", "value-one");
        addTxt("example.com", "_acme-challenge", "value-two");
        TxtAnswer answer = lookup.txt("_acme-challenge.example.com", emulator.dnsAddress());
        assertEquals(TxtAnswer.Status.ANSWER, answer.status());
        assertEquals(Set.of("value-one", "value-two"), Set.copyOf(answer.values()));
        assertFalse(answer.overTcp());
    }

    @Test
    void txt_fallsBackToTcpWhenTruncated() throws Exception {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            values.add(String.format("value-%02d-abcdefghijklmnopqrstuvwxyz0123456789", i));
            addTxt("example.com", "_acme-challenge.big", values.get(i));
        }
        TxtAnswer answer = lookup.txt("_acme-challenge.big.example.com", emulator.dnsAddress());
        assertEquals(TxtAnswer.Status.ANSWER, answer.status());
        assertTrue(answer.overTcp());
        assertEquals(Set.copyOf(values), Set.copyOf(answer.values()));
    }

    @Test
    void txt_missingNameIsNxdomain() {
        TxtAnswer answer = lookup.txt("_acme-challenge.none.example.com", emulator.dnsAddress());
        assertEquals(TxtAnswer.Status.NXDOMAIN, answer.status());
        assertEquals(List.of(), answer.values());
    }

    @Test
    void txt_servfailIsErrorRcode() throws Exception {
        addTxt("example.com", "_acme-challenge", "value-one");
        emulator.setDnsServfail(true);
        TxtAnswer answer = lookup.txt("_acme-challenge.example.com", emulator.dnsAddress());
        assertEquals(TxtAnswer.Status.ERROR_RCODE, answer.status());
        assertEquals("SERVFAIL", answer.detail());
        assertEquals(List.of(), answer.values());
    }

    @Test
    void txt_outsideServedZonesIsRefused() {
        TxtAnswer answer = lookup.txt("_acme-challenge.example.org", emulator.dnsAddress());
        assertEquals(TxtAnswer.Status.ERROR_RCODE, answer.status());
        assertEquals("REFUSED", answer.detail());
    }

    @Test
    void nameservers_returnsZoneNsSet() throws Exception {
        assertEquals(Emulator.NJALLA_NAMESERVERS.stream().map(h -> h.replaceAll("\\.$", ""))
                .toList(), lookup.nameservers("example.com"));
    }

    @Test
    void txt_silentServerIsNoResponse() throws Exception {
        InetSocketAddress silent = closedPort();
        TxtAnswer answer = new DnsLookup(List.of(silent), Duration.ofMillis(500))
                .txt("_acme-challenge.example.com", silent);
        assertEquals(TxtAnswer.Status.NO_RESPONSE, answer.status());
    }

    @Test
    void nameservers_silentServerThrows() throws Exception {
        InetSocketAddress silent = closedPort();
        DnsLookup dead = new DnsLookup(List.of(silent), Duration.ofMillis(500));
        DnsLookupException e = assertThrows(DnsLookupException.class,
                () -> dead.nameservers("example.com"));
        assertTrue(e.getMessage().startsWith("NS query for example.com failed at"),
                e.getMessage());
    }

    @Test
    void constructor_rejectsEmptyServerList() {
        assertThrows(IllegalArgumentException.class,
                () -> new DnsLookup(List.of(), Duration.ofSeconds(1)));
    }

    private static InetSocketAddress closedPort() throws Exception {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort());
        }
    }
}

package org.njalla4j.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.njalla4j.client.AddRecordRequest;
import org.njalla4j.client.AddTokenRequest;
import org.njalla4j.client.ApiToken;
import org.njalla4j.client.DnsRecord;
import org.njalla4j.client.NjallaApiException;
import org.njalla4j.client.NjallaClient;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

class EmulatorTest {

    private Emulator emulator;
    private NjallaClient client;

    @BeforeEach
    void start() throws IOException {
        emulator = Emulator.builder().domains("example.com", "example.co.uk").start();
        client = clientFor(emulator.fullAccessToken());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private NjallaClient clientFor(String token) {
        return NjallaClient.builder().apiUrl(emulator.apiUrl()).token(token)
                .readTimeout(Duration.ofSeconds(30)).build();
    }

    private Message query(String name, int type, boolean tcp) throws IOException {
        SimpleResolver resolver = new SimpleResolver(emulator.dnsAddress());
        resolver.setTCP(tcp);
        resolver.setTimeout(Duration.ofSeconds(10));
        return resolver.send(Message.newQuery(Record.newRecord(Name.fromString(name), type, 1)));
    }

    @Test
    void start_bindsLoopback() {
        assertEquals("127.0.0.1", emulator.apiUrl().getHost());
        assertEquals("/api/1/", emulator.apiUrl().getPath());
        assertTrue(emulator.dnsAddress().getAddress().isLoopbackAddress());
        assertTrue(emulator.fullAccessToken().matches("[0-9a-f]{40}"));
    }

    @Test
    void start_bindsIpv6Loopback() throws Exception {
        InetAddress v6 = InetAddress.getByName("::1");
        Emulator onV6;
        try {
            onV6 = Emulator.builder().domains("example.com").bindAddress(v6).start();
        } catch (IOException e) {
            Assumptions.abort("IPv6 loopback is not available: " + e.getMessage());
            return;
        }
        try (onV6) {
            assertEquals("[0:0:0:0:0:0:0:1]", onV6.apiUrl().getHost());
            assertEquals(1, Fixture.client(onV6).call("list-domains", Map.of())
                    .path("domains").size());
            SimpleResolver resolver = new SimpleResolver(onV6.dnsAddress());
            resolver.setTimeout(Duration.ofSeconds(10));
            Message answer = resolver.send(Message.newQuery(Record.newRecord(
                    Name.fromString("example.com."), Type.SOA, 1)));
            assertEquals(Rcode.NOERROR, answer.getRcode());
        }
    }

    @Test
    void addRecord_roundTripsAndServesTxt() throws Exception {
        DnsRecord added = client.records().add(
                AddRecordRequest.txt("example.com", "_acme-challenge.example.com.", "v1", 60));
        assertEquals("_acme-challenge", added.name());
        List<DnsRecord> listed = client.records().list("example.com");
        assertEquals(1, listed.size());
        assertEquals(added.id(), listed.get(0).id());
        for (boolean tcp : new boolean[] {false, true}) {
            Message answer = query("_acme-challenge.example.com.", Type.TXT, tcp);
            assertEquals(Rcode.NOERROR, answer.getRcode());
            assertEquals(1, answer.getSection(Section.ANSWER).size());
            assertTrue(answer.getSection(Section.ANSWER).get(0).rdataToString().contains("v1"));
        }
        client.records().remove("example.com", added.id());
        assertTrue(client.records().list("example.com").isEmpty());
        assertEquals(Rcode.NXDOMAIN, query("_acme-challenge.example.com.", Type.TXT, false)
                .getRcode());
    }

    @Test
    void dns_servesSoaAndNs() throws Exception {
        Message soa = query("example.com.", Type.SOA, false);
        assertEquals(1, soa.getSection(Section.ANSWER).size());
        Message ns = query("example.co.uk.", Type.NS, true);
        assertEquals(3, ns.getSection(Section.ANSWER).size());
    }

    @Test
    void addDomain_servesNewZoneOnApiAndDns() throws Exception {
        assertEquals(Rcode.REFUSED, query("example.org.", Type.SOA, false).getRcode());

        emulator.addDomain("example.org");

        Message soa = query("example.org.", Type.SOA, false);
        assertEquals(Rcode.NOERROR, soa.getRcode());
        assertEquals(1, soa.getSection(Section.ANSWER).size());
        assertEquals(List.of(), client.records().list("example.org"));
    }

    @Test
    void dns_followsCname() throws Exception {
        client.call("add-record", Map.of("domain", "example.com", "name", "www",
                "type", "CNAME", "content", "@", "ttl", 300));
        client.call("add-record", Map.of("domain", "example.com", "name", "@",
                "type", "A", "content", "192.0.2.1", "ttl", 300));
        Message answer = query("www.example.com.", Type.A, false);
        List<Record> records = answer.getSection(Section.ANSWER);
        assertEquals(2, records.size());
        assertEquals(Type.CNAME, records.get(0).getType());
        assertEquals(Type.A, records.get(1).getType());
    }

    @Test
    void addToken_acmeTokenLimitedToChallenges() throws Exception {
        ApiToken token = client.tokens().add(AddTokenRequest.builder().acme(true).build());
        NjallaClient acme = clientFor(token.key());
        acme.records().add(AddRecordRequest.txt("example.com", "_acme-challenge.www", "x", 60));
        NjallaApiException denied = assertThrows(NjallaApiException.class,
                () -> acme.call("list-domains", Map.of()));
        assertEquals(403, denied.code());
        assertFalse(client.tokens().list().isEmpty());
        JsonNode records = client.call("list-records", Map.of("domain", "example.com"));
        assertEquals(1, records.path("records").size());
    }
}

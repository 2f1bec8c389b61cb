package org.njalla4j.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.njalla4j.emulator.Fixture.call;
import static org.njalla4j.emulator.Fixture.params;
import static org.njalla4j.emulator.Fixture.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.njalla4j.client.NjallaClient;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/** The emulated nameserver, queried with dnsjava over UDP and TCP. */
class DnsResponderTest {

    private static Emulator emulator;
    private static NjallaClient client;

    @BeforeAll
    static void start() throws Exception {
        emulator = Emulator.builder()
                .domains("example.com", "sub.example.com", "example.co.uk").start();
        client = Fixture.client(emulator);
        add("example.com", "@", "A", "192.0.2.1");
        add("example.com", "www", "CNAME", "@");
        add("example.com", "alias", "CNAME", "www.sub.example.com");
        add("sub.example.com", "www", "A", "192.0.2.2");
        add("example.com", "*.wild", "TXT", "wildcard");
        add("example.com", "exists.wild", "A", "192.0.2.3");
        add("example.com", "a.b.ent", "TXT", "deep");
        add("example.com", "delegated", "NS", "ns1.example.net");
        add("example.com", "aname", "ANAME", "192.0.2.9");
        add("example.com", "quote", "TXT", "say \"hi\" \\o/");
        call(client, "add-record", "domain", "example.com", "name", "@", "type", "MX",
                "prio", 10, "content", "mail.example.com", "ttl", 3600);
        for (int i = 0; i < 30; i++) {
            add("example.com", "_acme-challenge.many", "TXT", "v".repeat(40) + i);
        }
    }

    private static void add(String domain, String name, String type, String content)
            throws Exception {
        call(client, "add-record", "domain", domain, "name", name, "type", type,
                "content", content, "ttl", 300);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void query_answersAuthoritatively(boolean tcp) throws Exception {
        Message answer = query(emulator, "example.com.", Type.A, tcp);
        assertEquals(Rcode.NOERROR, answer.getRcode());
        assertTrue(answer.getHeader().getFlag(Flags.AA));
        assertEquals("192.0.2.1", answer.getSection(Section.ANSWER).get(0).rdataToString());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void query_nxdomainCarriesSoa(boolean tcp) throws Exception {
        Message answer = query(emulator, "missing.example.com.", Type.TXT, tcp);
        assertEquals(Rcode.NXDOMAIN, answer.getRcode());
        assertTrue(answer.getHeader().getFlag(Flags.AA));
        List<Record> authority = answer.getSection(Section.AUTHORITY);
        assertEquals(1, authority.size());
        assertTrue(authority.get(0) instanceof SOARecord);
    }

    @Test
    void query_nodataCarriesSoa() throws Exception {
        Message answer = query(emulator, "example.com.", Type.AAAA, false);
        assertEquals(Rcode.NOERROR, answer.getRcode());
        assertTrue(answer.getSection(Section.ANSWER).isEmpty());
        assertEquals(Type.SOA, answer.getSection(Section.AUTHORITY).get(0).getType());
    }

    @Test
    void query_emptyNonTerminalIsNodata() throws Exception {
        Message answer = query(emulator, "b.ent.example.com.", Type.TXT, false);
        assertEquals(Rcode.NOERROR, answer.getRcode());
        assertTrue(answer.getSection(Section.ANSWER).isEmpty());
    }

    @Test
    void query_refusesForeignZone() throws Exception {
        Message answer = query(emulator, "example.org.", Type.A, false);
        assertEquals(Rcode.REFUSED, answer.getRcode());
        assertFalse(answer.getHeader().getFlag(Flags.AA));
    }

    @Test
    void query_followsCnameWithinZone() throws Exception {
        List<Record> answer = query(emulator, "www.example.com.", Type.A, false)
                .getSection(Section.ANSWER);
        assertEquals(2, answer.size());
        assertEquals(Type.CNAME, answer.get(0).getType());
        assertEquals("192.0.2.1", answer.get(1).rdataToString());
    }

    @Test
    void query_followsCnameIntoSubZone() throws Exception {
        List<Record> answer = query(emulator, "alias.example.com.", Type.A, true)
                .getSection(Section.ANSWER);
        assertEquals(2, answer.size());
        assertEquals("192.0.2.2", answer.get(1).rdataToString());
    }

    @Test
    void query_cnameQuestionReturnsOnlyCname() throws Exception {
        List<Record> answer = query(emulator, "www.example.com.", Type.CNAME, false)
                .getSection(Section.ANSWER);
        assertEquals(1, answer.size());
        assertEquals("example.com.", answer.get(0).rdataToString());
    }

    @Test
    void query_subZoneAnswersFromOwnZone() throws Exception {
        Message soa = query(emulator, "www.sub.example.com.", Type.SOA, false);
        assertEquals(Name.fromString("sub.example.com."),
                soa.getSection(Section.AUTHORITY).get(0).getName());
        Message a = query(emulator, "www.sub.example.com.", Type.A, false);
        assertEquals("192.0.2.2", a.getSection(Section.ANSWER).get(0).rdataToString());
    }

    @Test
    void query_wildcardSynthesisesForMissingNames() throws Exception {
        Message answer = query(emulator, "x.y.wild.example.com.", Type.TXT, false);
        Record record = answer.getSection(Section.ANSWER).get(0);
        assertEquals(Name.fromString("x.y.wild.example.com."), record.getName());
        assertEquals("\"wildcard\"", record.rdataToString());
        Message exists = query(emulator, "exists.wild.example.com.", Type.TXT, false);
        assertEquals(Rcode.NOERROR, exists.getRcode());
        assertTrue(exists.getSection(Section.ANSWER).isEmpty());
    }

    @Test
    void query_delegationGivesReferral() throws Exception {
        Message answer = query(emulator, "host.delegated.example.com.", Type.A, false);
        assertFalse(answer.getHeader().getFlag(Flags.AA));
        assertTrue(answer.getSection(Section.ANSWER).isEmpty());
        assertEquals(Type.NS, answer.getSection(Section.AUTHORITY).get(0).getType());
    }

    @Test
    void query_anameWithAddressServesA() throws Exception {
        Message answer = query(emulator, "aname.example.com.", Type.A, false);
        assertEquals("192.0.2.9", answer.getSection(Section.ANSWER).get(0).rdataToString());
    }

    @Test
    void query_txtKeepsQuotesAndBackslashes() throws Exception {
        TXTRecord txt = (TXTRecord) query(emulator, "quote.example.com.", Type.TXT, false)
                .getSection(Section.ANSWER).get(0);
        byte[] wire = txt.getStringsAsByteArrays().get(0);
        assertEquals("say \"hi\" \\o/", new String(wire, StandardCharsets.UTF_8));
    }

    @Test
    void query_servesMxAndNjallaNameservers() throws Exception {
        Message mx = query(emulator, "example.com.", Type.MX, false);
        assertEquals("10 mail.example.com.", mx.getSection(Section.ANSWER).get(0).rdataToString());
        Message ns = query(emulator, "example.co.uk.", Type.NS, false);
        List<String> names = ns.getSection(Section.ANSWER).stream()
                .map(Record::rdataToString).sorted().toList();
        assertEquals(List.of("1-you.njalla.no.", "2-can.njalla.in.", "3-get.njalla.fo."), names);
    }

    @Test
    void query_largeUdpAnswerIsTruncated() throws Exception {
        SimpleResolver resolver = new SimpleResolver(emulator.dnsAddress());
        resolver.setIgnoreTruncation(true);
        resolver.setTimeout(Duration.ofSeconds(10));
        Message answer = resolver.send(Message.newQuery(Record.newRecord(
                Name.fromString("_acme-challenge.many.example.com."), Type.TXT, 1)));
        assertTrue(answer.getHeader().getFlag(Flags.TC));
        assertTrue(answer.getSection(Section.ANSWER).isEmpty());
    }

    @Test
    void query_truncatedAnswerRetriedOverTcp() throws Exception {
        Message udpThenTcp = query(emulator, "_acme-challenge.many.example.com.", Type.TXT,
                false);
        assertFalse(udpThenTcp.getHeader().getFlag(Flags.TC));
        assertEquals(30, udpThenTcp.getSection(Section.ANSWER).size());
        Message tcp = query(emulator, "_acme-challenge.many.example.com.", Type.TXT, true);
        assertEquals(30, tcp.getSection(Section.ANSWER).size());
    }

    @Test
    void query_ednsRaisesUdpLimit() throws Exception {
        SimpleResolver resolver = new SimpleResolver(emulator.dnsAddress());
        resolver.setIgnoreTruncation(true);
        resolver.setEDNS(0, 4096, 0);
        resolver.setTimeout(Duration.ofSeconds(10));
        Message answer = resolver.send(Message.newQuery(Record.newRecord(
                Name.fromString("_acme-challenge.many.example.com."), Type.TXT, 1)));
        assertFalse(answer.getHeader().getFlag(Flags.TC));
        assertEquals(30, answer.getSection(Section.ANSWER).size());
    }

    static Stream<Arguments> recordTypes() {
        String hex = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        return Stream.of(
                Arguments.of(params("type", "AAAA", "content", "2001:db8::1"), Type.AAAA,
                        "2001:db8:0:0:0:0:0:1"),
                Arguments.of(params("type", "CAA", "content", "0 issue \"letsencrypt.org\""),
                        Type.CAA, "0 issue \"letsencrypt.org\""),
                Arguments.of(params("type", "SRV", "content", "sip.example.org", "prio", 1,
                        "weight", 5, "port", 5060), Type.SRV, "1 5 5060 sip.example.org."),
                Arguments.of(params("type", "PTR", "content", "host.example.org"), Type.PTR,
                        "host.example.org."),
                Arguments.of(params("type", "TLSA", "content", "3 1 1 " + hex), Type.TLSA,
                        "3 1 1 " + hex.toUpperCase()),
                Arguments.of(params("type", "SSHFP", "content", hex, "ssh_algorithm", 4,
                        "ssh_type", 2), Type.SSHFP, "4 2 " + hex.toUpperCase()),
                Arguments.of(params("type", "DS", "content", "12345 13 2 " + hex), Type.DS,
                        "12345 13 2 " + hex.toUpperCase()),
                Arguments.of(params("type", "NAPTR", "content",
                        "100 10 \"S\" \"SIP+D2U\" \"\" _sip._udp.example.com."), Type.NAPTR,
                        "100 10 \"S\" \"SIP+D2U\" \"\" _sip._udp.example.com."),
                Arguments.of(params("type", "HTTPS", "prio", 1, "target", "svc.example.org"),
                        Type.HTTPS, "1 svc.example.org."),
                Arguments.of(params("type", "SVCB", "prio", 0, "target", "svc.example.org"),
                        Type.SVCB, "0 svc.example.org."),
                Arguments.of(params("type", "CNAME", "content", "target.example.org."),
                        Type.CNAME, "target.example.org."));
    }

    @ParameterizedTest
    @MethodSource("recordTypes")
    void query_servesEachRecordType(Map<String, Object> fields, int type, String rdata)
            throws Exception {
        String name = "t" + type;
        Map<String, Object> request = params("domain", "example.co.uk", "name", name);
        request.putAll(fields);
        client.call("add-record", request);
        List<Record> answer = query(emulator, name + ".example.co.uk.", type, true)
                .getSection(Section.ANSWER);
        assertEquals(1, answer.size());
        assertEquals(rdata, answer.get(0).rdataToString());
    }

    @Test
    void soa_serialGrowsWithEachChange() throws Exception {
        long before = serial();
        add("example.co.uk", "serial", "TXT", "one");
        long after = serial();
        assertTrue(after > before, after + " > " + before);
    }

    private static long serial() throws IOException {
        Message answer = query(emulator, "example.co.uk.", Type.SOA, false);
        return ((SOARecord) answer.getSection(Section.ANSWER).get(0)).getSerial();
    }
}

package org.njalla4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xbill.DNS.CAARecord;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.SSHFPRecord;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

class ZoneExportTest {

    /** A zone with every type Njalla offers, as list-records returns it. */
    static final String RECORDS = """
        [
         {"id":"1","name":"@","type":"A","content":"192.0.2.1","ttl":3600},
         {"id":"2","name":"www","type":"AAAA","content":"2001:db8::1","ttl":300},
         {"id":"3","name":"*","type":"CNAME","content":"@","ttl":10800},
         {"id":"4","name":"blog","type":"CNAME","content":"example.net","ttl":3600},
         {"id":"5","name":"@","type":"MX","content":"mail.example.com","prio":10,"ttl":3600},
         {"id":"6","name":"_sip._tcp","type":"SRV","content":"sip.example.com","prio":10,
          "weight":5,"port":5060,"ttl":3600},
         {"id":"7","name":"_acme-challenge","type":"TXT","content":"abc \\"quoted\\" \\\\ x",
          "ttl":60},
         {"id":"8","name":"long","type":"TXT","content":"%s","ttl":3600},
         {"id":"9","name":"@","type":"CAA","content":"0 issue \\"letsencrypt.org\\"","ttl":3600},
         {"id":"10","name":"@","type":"CAA","content":"128 iodef mailto:ca@example.com",
          "ttl":3600},
         {"id":"11","name":"host","type":"SSHFP",
          "content":"123456789abcdef67890123456789abcdef67890",
          "ssh_algorithm":4,"ssh_type":1,"ttl":3600},
         {"id":"12","name":"@","type":"HTTPS","prio":1,"target":"cdn.example.net"},
         {"id":"13","name":"svc","type":"SVCB","prio":0,"target":"svc.example.net"},
         {"id":"14","name":"sub","type":"NS","content":"ns1.example.net","ttl":86400},
         {"id":"15","name":"sub","type":"DS",
          "content":"12345 13 1 0123456789ABCDEF0123456789ABCDEF01234567","ttl":3600},
         {"id":"16","name":"_443._tcp","type":"TLSA",
          "content":"3 1 1 0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF","ttl":3600},
         {"id":"17","name":"4.3.2","type":"PTR","content":"host.example.com","ttl":3600},
         {"id":"18","name":"@","type":"Dynamic","content":"updatekey","ttl":60,
          "update_url":"https://njal.la/update/?h=example.com&k=updatekey&auto",
          "current_ips":["192.0.2.9"]},
         {"id":"19","name":"go","type":"Redirect","content":"https://example.org/","prio":301,
          "ttl":3600},
         {"id":"20","name":"static","type":"Static","content":"<p>hi</p>"},
         {"id":"21","name":"alias","type":"ANAME","content":"target.example.net","ttl":300},
         {"id":"22","name":"bad","type":"MX","content":"mail.example.com","ttl":3600},
         {"id":"23","name":"uni","type":"TXT","content":"caf\u00e9","ttl":3600}
        ]
        """;

    static final String LONG_TXT = "v=DKIM1; k=rsa; p=" + "A".repeat(400);

    static List<JsonNode> records() throws Exception {
        List<JsonNode> records = new ArrayList<>();
        MockApi.MAPPER.readTree(String.format(RECORDS, LONG_TXT)).forEach(records::add);
        return records;
    }

    @Test
    void render_writesEveryTypeAsExpected() throws Exception {
        String zone = new ZoneExport("example.com", records()).render();

        List<String> lines = zone.lines().map(line -> line.replaceAll(" +", " ")).toList();
        assertEquals("$ORIGIN example.com.", lines.get(1));
        assertEquals("$TTL 3600", lines.get(2));
        List<String> expected = List.of(
                "@ 3600 IN A 192.0.2.1",
                "www 300 IN AAAA 2001:db8::1",
                "* 10800 IN CNAME @",
                "blog 3600 IN CNAME example.net.",
                "@ 3600 IN MX 10 mail.example.com.",
                "_sip._tcp 3600 IN SRV 10 5 5060 sip.example.com.",
                "_acme-challenge 60 IN TXT \"abc \\\"quoted\\\" \\\\ x\"",
                "@ 3600 IN CAA 0 issue \"letsencrypt.org\"",
                "@ 3600 IN CAA 128 iodef \"mailto:ca@example.com\"",
                "host 3600 IN SSHFP 4 1 123456789abcdef67890123456789abcdef67890",
                "@ 3600 IN HTTPS 1 cdn.example.net.",
                "svc 3600 IN SVCB 0 svc.example.net.",
                "sub 86400 IN NS ns1.example.net.",
                "4.3.2 3600 IN PTR host.example.com.",
                "sub 3600 IN DS 12345 13 1 0123456789ABCDEF0123456789ABCDEF01234567",
                "_443._tcp 3600 IN TLSA 3 1 1 0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF",
                "uni 3600 IN TXT \"caf\\195\\169\"");
        for (String line : expected) {
            assertTrue(lines.contains(line), line + " in\n" + zone);
        }
    }

    @Test
    void render_njallaOnlyTypesBecomeComments() throws Exception {
        String zone = new ZoneExport("example.com", records()).render();

        assertTrue(zone.contains("; Dynamic @ 60 current_ips=192.0.2.9 (update key left out)"),
                zone);
        assertTrue(zone.contains("; Redirect go 3600 prio=301 content=https://example.org/\n"),
                zone);
        assertTrue(zone.contains("; Static static content=<p>hi</p>\n"), zone);
        assertTrue(zone.contains("; ANAME alias 300 content=target.example.net\n"), zone);
        assertTrue(zone.contains("; MX bad 3600 content=mail.example.com (not exported"), zone);
        assertTrue(!zone.contains("updatekey"), "the Dynamic update key must not be exported");
    }

    @Test
    void render_isParsedByDnsjava() throws Exception {
        String zone = new ZoneExport("example.com", records()).render();

        List<Record> parsed = parse(zone);

        assertEquals(18, parsed.size());
        Name origin = Name.fromString("example.com.");
        MXRecord mx = (MXRecord) find(parsed, Type.MX);
        assertEquals(10, mx.getPriority());
        assertEquals(Name.fromString("mail.example.com."), mx.getTarget());
        SRVRecord srv = (SRVRecord) find(parsed, Type.SRV);
        assertEquals(5060, srv.getPort());
        assertEquals(5, srv.getWeight());
        SSHFPRecord sshfp = (SSHFPRecord) find(parsed, Type.SSHFP);
        assertEquals(4, sshfp.getAlgorithm());
        assertEquals(1, sshfp.getDigestType());
        CAARecord caa = (CAARecord) find(parsed, Type.CAA);
        assertEquals("letsencrypt.org", caa.getValue());
        for (Record record : parsed) {
            assertTrue(record.getName().subdomain(origin), record.toString());
        }
    }

    @Test
    void render_splitsLongTxt() throws Exception {
        String zone = new ZoneExport("example.com", records()).render();

        TXTRecord txt = parse(zone).stream()
                .filter(record -> record.getName().toString().equals("long.example.com."))
                .map(TXTRecord.class::cast).findFirst().orElseThrow();

        assertEquals(List.of(LONG_TXT.substring(0, 255), LONG_TXT.substring(255)),
                txt.getStrings());
        assertEquals(LONG_TXT, String.join("", txt.getStrings()));
    }

    @Test
    void render_lineBreakInContent_becomesComment() throws Exception {
        List<JsonNode> records = List.of(MockApi.MAPPER.readTree("{\"id\":\"1\",\"name\":"
                + "\"www\",\"type\":\"A\",\"content\":\"192.0.2.1\\nevil 60 IN A 192.0.2.66\","
                + "\"ttl\":60}"));

        String zone = new ZoneExport("example.com", records).render();

        assertTrue(zone.endsWith("; A www 60 content=192.0.2.1\\nevil 60 IN A 192.0.2.66"
                + " (not exported: a field this type needs is missing or invalid)\n"), zone);
        assertEquals(4, zone.lines().count(), zone);
    }

    @Test
    void render_emptyZone_hasHeaderOnly() {
        String zone = new ZoneExport("example.com", List.of()).render();

        assertEquals("; Zone example.com. exported from Njalla by njalla records export\n"
                + "$ORIGIN example.com.\n$TTL 3600\n", zone);
    }

    @ParameterizedTest
    @CsvSource({"mail.example.com, mail.example.com.", "mail.example.com., mail.example.com.",
        "@, @", "mail, mail"})
    void host_absoluteWhenDotted(String name, String expected) {
        assertEquals(expected, ZoneExport.host(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"www|www", "_acme-challenge.sub|_acme-challenge.sub",
        "*|*", "a b|a\\032b", "x;y|x\\059y", "(p)|\\040p\\041"})
    void escapeName_keepsNamesParseable(String name, String expected) {
        assertEquals(expected, ZoneExport.escapeName(name));
    }

    private static List<Record> parse(String zone) throws Exception {
        List<Record> records = new ArrayList<>();
        try (Master master = new Master(new ByteArrayInputStream(
                zone.getBytes(StandardCharsets.UTF_8)), Name.fromString("example.com."), 3600)) {
            for (Record record = master.nextRecord(); record != null;
                    record = master.nextRecord()) {
                records.add(record);
            }
        }
        return records;
    }

    private static Record find(List<Record> records, int type) {
        return records.stream().filter(record -> record.getType() == type).findFirst()
                .orElseThrow();
    }
}

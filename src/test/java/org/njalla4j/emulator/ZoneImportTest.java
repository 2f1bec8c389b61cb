package org.njalla4j.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.njalla4j.emulator.Fixture.call;
import static org.njalla4j.emulator.Fixture.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.njalla4j.client.NjallaApiException;
import org.njalla4j.client.NjallaClient;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

class ZoneImportTest {

    private static final String ZONE = String.join("\n",
            "$TTL 3600",
            "@ IN SOA ns1.example.net. admin.example.com. 1 7200 900 1209600 300",
            "@ IN NS ns1.example.net.",
            "@ 300 IN A 192.0.2.10",
            "www IN CNAME example.com.",
            "@ IN MX 10 mail.example.com.",
            "mail 100 IN A 192.0.2.25",
            "_sip._tcp IN SRV 1 5 5060 sip.example.com.",
            "txt IN TXT \"part one\" \" and two\"",
            "@ IN CAA 0 issue \"letsencrypt.org\"",
            "");

    private Emulator emulator;
    private NjallaClient client;

    @BeforeEach
    void start() throws Exception {
        emulator = Emulator.builder().domains("example.com").start();
        client = Fixture.client(emulator);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void importZone_addsRecordsExceptSoaAndApexNs() throws Exception {
        call(client, "import-zone", "domain", "example.com", "zone", ZONE);
        JsonNode records = call(client, "list-records", "domain", "example.com").path("records");
        assertEquals(7, records.size());
        Map<String, JsonNode> byName = new HashMap<>();
        records.forEach(r -> byName.put(r.path("name").asText() + "/" + r.path("type").asText(),
                r));
        assertEquals(10, byName.get("@/MX").path("prio").asInt());
        assertEquals(5060, byName.get("_sip._tcp/SRV").path("port").asInt());
        assertEquals("part one and two", byName.get("txt/TXT").path("content").asText());
        assertEquals(60, byName.get("mail/A").path("ttl").asInt());
        assertEquals("192.0.2.10", query(emulator, "example.com.", Type.A, false)
                .getSection(Section.ANSWER).get(0).rdataToString());
    }

    @Test
    void importZone_addsNothingWhenOneLineIsBad() throws Exception {
        String zone = ZONE + "bad IN LOC 52 22 23.000 N 4 53 32.000 E -2.00m 0.00m 10000m 10m\n";
        NjallaApiException e = assertThrows(NjallaApiException.class,
                () -> call(client, "import-zone", "domain", "example.com", "zone", zone));
        assertEquals(-32000, e.code());
        assertEquals(0, call(client, "list-records", "domain", "example.com")
                .path("records").size());
    }

    @Test
    void importZone_rejectsIncludeAndForeignNames() {
        for (String zone : new String[] {"$INCLUDE /etc/passwd\n",
            "other.org. 3600 IN A 192.0.2.1\n", "garbage here\n"}) {
            NjallaApiException e = assertThrows(NjallaApiException.class,
                    () -> call(client, "import-zone", "domain", "example.com", "zone", zone));
            assertEquals(-32000, e.code());
        }
    }

    @ParameterizedTest
    @CsvSource({"1, 60", "120, 60", "200, 300", "7200, 10800", "604800, 86400"})
    void nearestTtl_roundsToOfferedValue(long ttl, int expected) {
        assertEquals(expected, ZoneImport.nearestTtl(ttl));
    }
}

package org.njalla4j.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.njalla4j.emulator.Fixture.call;
import static org.njalla4j.emulator.Fixture.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.njalla4j.client.NjallaApiException;
import org.njalla4j.client.NjallaClient;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

class DomainMethodsTest {

    private MutableClock clock;
    private Emulator emulator;
    private NjallaClient client;

    @BeforeEach
    void start() throws Exception {
        clock = new MutableClock();
        emulator = Emulator.builder().domains("example.com").clock(clock).walletBalance(100)
                .taskChecks(3).taskDuration(Duration.ofMinutes(10)).start();
        client = Fixture.client(emulator);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void getDomain_returnsSettings() throws Exception {
        JsonNode domain = call(client, "get-domain", "domain", "example.com");
        assertEquals("example.com", domain.path("name").asText());
        assertEquals("active", domain.path("status").asText());
        assertEquals(10, domain.path("max_nameservers").asInt());
        assertEquals("2027-12-04T12:00:00Z", domain.path("expiry").asText());
    }

    @Test
    void editDomain_changesSettingsAndNameservers() throws Exception {
        JsonNode edited = call(client, "edit-domain", "domain", "example.com",
                "mailforwarding", true, "lock", false, "dnssec", true,
                "nameservers", List.of("ns1.example.net", "ns2.example.net"));
        assertTrue(edited.path("mailforwarding").asBoolean());
        assertEquals(false, edited.path("locked").asBoolean());
        assertEquals(2, edited.path("nameservers").size());
        List<String> ns = query(emulator, "example.com.", Type.NS, false)
                .getSection(Section.ANSWER).stream().map(r -> r.rdataToString()).sorted()
                .toList();
        assertEquals(List.of("ns1.example.net.", "ns2.example.net."), ns);
        call(client, "edit-domain", "domain", "example.com", "nameservers", List.of());
        assertEquals(3, query(emulator, "example.com.", Type.NS, false)
                .getSection(Section.ANSWER).size());
    }

    @Test
    void editDomain_rejectsBadNameserver() {
        NjallaApiException e = assertThrows(NjallaApiException.class, () -> call(client,
                "edit-domain", "domain", "example.com", "nameservers", List.of("192.0.2.1")));
        assertEquals(-32000, e.code());
    }

    @Test
    void findDomains_marksOwnedTaken() throws Exception {
        JsonNode found = call(client, "find-domains", "query", "example");
        boolean sawTaken = false;
        for (JsonNode entry : found.path("domains")) {
            if (entry.path("name").asText().equals("example.com")) {
                assertEquals("taken", entry.path("status").asText());
                sawTaken = true;
            }
            assertTrue(entry.path("price").asInt() > 0);
        }
        assertTrue(sawTaken);
    }

    @Test
    void getTlds_listsPrices() throws Exception {
        JsonNode tlds = call(client, "get-tlds");
        assertEquals(15, tlds.path("com").path("price").asInt());
        assertTrue(tlds.path("com").path("dnssec").asBoolean());
    }

    @Test
    void registerDomain_completesAfterChecksAndCharges() throws Exception {
        String task = call(client, "register-domain", "domain", "new-name.com", "years", 2)
                .path("task").asText();
        assertEquals(70, call(client, "get-balance").path("balance").asInt());
        assertEquals("pending", call(client, "check-task", "id", task).path("status").asText());
        assertEquals(1, call(client, "list-domains").path("domains").size());
        call(client, "check-task", "id", task);
        assertEquals("active", call(client, "check-task", "id", task).path("status").asText());
        JsonNode domain = call(client, "get-domain", "domain", "new-name.com");
        assertEquals("2028-12-04T12:00:00Z", domain.path("expiry").asText());
        assertEquals(Type.SOA, query(emulator, "new-name.com.", Type.SOA, false)
                .getSection(Section.ANSWER).get(0).getType());
    }

    @Test
    void registerDomain_completesAfterDuration() throws Exception {
        String task = call(client, "register-domain", "domain", "timed.org")
                .path("task").asText();
        clock.advance(Duration.ofMinutes(10));
        assertEquals("active", call(client, "check-task", "id", task).path("status").asText());
    }

    @Test
    void registerDomain_rejectsTakenUnknownTldAndPoverty() throws Exception {
        assertEquals(-32000, code("register-domain", "domain", "example.com"));
        assertEquals(-32000, code("register-domain", "domain", "name.invalidtld"));
        assertEquals(-32000, code("register-domain", "domain", "x.com", "years", 11));
        assertEquals(-32000, code("register-domain", "domain", "rich.com", "years", 7));
        assertEquals(100, call(client, "get-balance").path("balance").asInt());
    }

    @Test
    void renewDomain_extendsExpiry() throws Exception {
        String task = call(client, "renew-domain", "domain", "example.com", "years", 1)
                .path("task").asText();
        clock.advance(Duration.ofMinutes(10));
        call(client, "check-task", "id", task);
        JsonNode domain = call(client, "get-domain", "domain", "example.com");
        assertEquals("2028-12-04T12:00:00Z", domain.path("expiry").asText());
        assertEquals(85, call(client, "get-balance").path("balance").asInt());
        assertEquals(-32000, code("check-task", "id", "nope"));
    }

    private int code(String method, Object... pairs) {
        return assertThrows(NjallaApiException.class, () -> call(client, method, pairs)).code();
    }
}

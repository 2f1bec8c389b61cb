package org.njalla4j.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.njalla4j.emulator.Fixture.call;
import static org.njalla4j.emulator.Fixture.params;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.njalla4j.client.NjallaApiException;
import org.njalla4j.client.NjallaClient;

class RecordMethodsTest {

    private static Emulator emulator;
    private static NjallaClient client;

    @BeforeAll
    static void start() throws IOException {
        emulator = Emulator.builder().domains("example.com", "bücher.example").start();
        client = Fixture.client(emulator);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @ParameterizedTest
    @CsvSource({
        "_acme-challenge.full.example.com, _acme-challenge.full",
        "_acme-challenge.dot.example.com., _acme-challenge.dot",
        "delete.testid, delete.testid",
        "example.com, @",
        "example.com., @",
        "@, @",
        "WWW.Example.COM, www",
        "*, *",
        "*.sub, *.sub",
    })
    void addRecord_normalisesName(String sent, String stored) throws Exception {
        JsonNode added = call(client, "add-record", "domain", "example.com", "name", sent,
                "type", "TXT", "content", "n", "ttl", 60);
        assertEquals(stored, added.path("name").asText());
        assertTrue(added.path("id").isTextual());
        call(client, "remove-record", "domain", "example.com", "id", added.path("id").asText());
    }

    static Stream<Arguments> invalidRecords() {
        return Stream.of(
                Arguments.of("empty name", params("name", "", "type", "TXT", "content", "x")),
                Arguments.of("TTL 120", params("name", "a", "type", "TXT", "content", "x",
                        "ttl", 120)),
                Arguments.of("unknown type", params("name", "a", "type", "LOC", "content", "x")),
                Arguments.of("prio on TXT", params("name", "a", "type", "TXT", "content", "x",
                        "prio", 10)),
                Arguments.of("MX without prio", params("name", "a", "type", "MX",
                        "content", "mail.example.org")),
                Arguments.of("SRV without port", params("name", "_sip._tcp", "type", "SRV",
                        "content", "sip.example.org", "prio", 1, "weight", 1)),
                Arguments.of("A with a name", params("name", "a", "type", "A",
                        "content", "host.example.org")),
                Arguments.of("AAAA with IPv4", params("name", "a", "type", "AAAA",
                        "content", "192.0.2.1")),
                Arguments.of("SSHFP algorithm 9", params("name", "a", "type", "SSHFP",
                        "content", "abcdef", "ssh_algorithm", 9, "ssh_type", 1)),
                Arguments.of("target on MX", params("name", "a", "type", "MX", "prio", 1,
                        "content", "m.example.org", "target", "x.example.org")),
                Arguments.of("ttl on Dynamic", params("name", "a", "type", "Dynamic",
                        "ttl", 60)),
                Arguments.of("Redirect to ftp", params("name", "a", "type", "Redirect",
                        "content", "ftp://example.org/")),
                Arguments.of("FQDN outside zone", params("name", "a.example.org.", "type", "TXT",
                        "content", "x")),
                Arguments.of("empty TXT", params("name", "a", "type", "TXT", "content", "")),
                Arguments.of("bad label", params("name", "a b", "type", "TXT", "content", "x")),
                Arguments.of("A not an address", params("name", "a", "type", "A",
                        "content", "notanip")),
                Arguments.of("64-character label", params("name", "a".repeat(64),
                        "type", "TXT", "content", "x")),
                Arguments.of("300-character name", params("name", "abcdefghi.".repeat(30)
                        + "x", "type", "TXT", "content", "x")),
                Arguments.of("100 kB TXT", params("name", "a", "type", "TXT",
                        "content", "x".repeat(100_000))),
                Arguments.of("CAA without tag", params("name", "a", "type", "CAA",
                        "content", "letsencrypt.org")),
                Arguments.of("SRV without weight", params("name", "_sip._tcp", "type", "SRV",
                        "content", "sip.example.org", "prio", 1, "port", 5060)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRecords")
    void addRecord_rejectsInvalid(String label, Map<String, Object> fields) {
        Map<String, Object> sent = params("domain", "example.com");
        sent.putAll(fields);
        NjallaApiException e = assertThrows(NjallaApiException.class,
                () -> client.call("add-record", sent));
        assertEquals(-32000, e.code());
        assertEquals("Invalid arguments", e.apiMessage());
    }

    static Stream<Arguments> validRecords() {
        return Stream.of(
                Arguments.of(params("type", "A", "content", "192.0.2.7", "ttl", 300)),
                Arguments.of(params("type", "AAAA", "content", "2001:db8::7", "ttl", 300)),
                Arguments.of(params("type", "MX", "content", "mail.example.org", "prio", 10,
                        "ttl", 3600)),
                Arguments.of(params("type", "SRV", "content", "sip.example.org", "prio", 1,
                        "weight", 5, "port", 5060, "ttl", 3600)),
                Arguments.of(params("type", "CAA", "content", "0 issue \"letsencrypt.org\"",
                        "ttl", 3600)),
                Arguments.of(params("type", "SSHFP", "content",
                        "123456789abcdef67890123456789abcdef67890", "ssh_algorithm", 4,
                        "ssh_type", 1, "ttl", 3600)),
                Arguments.of(params("type", "HTTPS", "prio", 1, "target", "svc.example.org")),
                Arguments.of(params("type", "TLSA", "content", "3 1 1 "
                        + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")),
                Arguments.of(params("type", "Redirect", "content", "https://example.org/")),
                Arguments.of(params("type", "Static", "content", "<h1>hi</h1>")),
                Arguments.of(params("type", "Dynamic")),
                Arguments.of(params("type", "ANAME", "content", "target.example.org")));
    }

    @ParameterizedTest
    @MethodSource("validRecords")
    void addRecord_acceptsEachType(Map<String, Object> fields) throws Exception {
        Map<String, Object> sent = params("domain", "example.com", "name", "types");
        sent.putAll(fields);
        JsonNode added = client.call("add-record", sent);
        assertEquals(fields.get("type"), added.path("type").asText());
        call(client, "remove-record", "domain", "example.com", "id", added.path("id").asText());
    }

    @Test
    void addRecord_appendsExactDuplicates() throws Exception {
        JsonNode first = call(client, "add-record", "domain", "example.com", "name", "dup",
                "type", "TXT", "content", "same", "ttl", 60);
        JsonNode second = call(client, "add-record", "domain", "example.com", "name", "dup",
                "type", "TXT", "content", "same", "ttl", 60);
        assertTrue(!first.path("id").equals(second.path("id")));
        JsonNode removed = call(client, "remove-record", "domain", "example.com", "name", "dup",
                "type", "TXT");
        assertEquals(2, removed.path("records").size());
    }

    @Test
    void addRecord_concurrentCallsGetDistinctIds() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<JsonNode>> futures = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String content = "c" + i;
                futures.add(pool.submit(() -> call(client, "add-record", "domain",
                        "example.com", "name", "_acme-challenge.parallel", "type", "TXT",
                        "content", content, "ttl", 60)));
            }
            Set<String> ids = new HashSet<>();
            for (Future<JsonNode> future : futures) {
                ids.add(future.get(60, TimeUnit.SECONDS).path("id").asText());
            }
            assertEquals(64, ids.size());
        } finally {
            pool.shutdownNow();
        }
        JsonNode removed = call(client, "remove-record", "domain", "example.com",
                "name", "_acme-challenge.parallel");
        assertEquals(64, removed.path("records").size());
    }

    @Test
    void addRecord_storesIdnDomainAsALabel() throws Exception {
        call(client, "add-record", "domain", "bücher.example", "name", "@", "type", "TXT",
                "content", "idn", "ttl", 60);
        JsonNode listed = call(client, "list-records", "domain", "xn--bcher-kva.example");
        assertEquals(1, listed.path("records").size());
    }

    @Test
    void editRecord_keepsTypeAndChangesContent() throws Exception {
        JsonNode added = call(client, "add-record", "domain", "example.com", "name", "edit",
                "type", "TXT", "content", "old", "ttl", 60);
        String id = added.path("id").asText();
        JsonNode edited = call(client, "edit-record", "domain", "example.com", "id", id,
                "content", "new");
        assertEquals("new", edited.path("content").asText());
        assertEquals("TXT", edited.path("type").asText());
        assertEquals(60, edited.path("ttl").asInt());
        NjallaApiException e = assertThrows(NjallaApiException.class, () -> call(client,
                "edit-record", "domain", "example.com", "id", id, "type", "A"));
        assertEquals(-32000, e.code());
        call(client, "remove-record", "domain", "example.com", "id", id);
    }

    @Test
    void removeRecord_rejectsMissingAndUnknownId() {
        NjallaApiException missing = assertThrows(NjallaApiException.class,
                () -> call(client, "remove-record", "domain", "example.com"));
        assertEquals(-32000, missing.code());
        NjallaApiException empty = assertThrows(NjallaApiException.class,
                () -> call(client, "remove-record", "domain", "example.com", "id", ""));
        assertEquals(-32000, empty.code());
        NjallaApiException unknown = assertThrows(NjallaApiException.class,
                () -> call(client, "remove-record", "domain", "example.com", "id", "999999999"));
        assertEquals(-32000, unknown.code());
    }

    @Test
    void removeRecord_acceptsNumericId() throws Exception {
        JsonNode added = call(client, "add-record", "domain", "example.com", "name", "num",
                "type", "TXT", "content", "n", "ttl", 60);
        JsonNode result = call(client, "remove-record", "domain", "example.com",
                "id", Long.parseLong(added.path("id").asText()));
        assertEquals(0, result.size());
    }

    @Test
    void listRecords_rejectsForeignDomain() {
        NjallaApiException e = assertThrows(NjallaApiException.class,
                () -> call(client, "list-records", "domain", "example.org"));
        assertEquals(403, e.code());
        assertEquals("permission denied", e.apiMessage());
    }

    @Test
    void listRecords_numericIdsWhenConfigured() throws Exception {
        try (Emulator numeric = Emulator.builder().domains("example.com").numericIds(true)
                .start()) {
            NjallaClient numericClient = Fixture.client(numeric);
            JsonNode added = call(numericClient, "add-record", "domain", "example.com",
                    "name", "n", "type", "TXT", "content", "n", "ttl", 60);
            assertTrue(added.path("id").isIntegralNumber());
            JsonNode listed = call(numericClient, "list-records", "domain", "example.com");
            assertTrue(listed.path("records").get(0).path("id").isIntegralNumber());
        }
    }
}

package org.njalla4j.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.njalla4j.emulator.Fixture.call;
import static org.njalla4j.emulator.Fixture.params;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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
import org.njalla4j.client.NjallaApiException;
import org.njalla4j.client.NjallaClient;

/** Token restrictions, checked through the API with tokens made by add-token. */
class TokenPolicyTest {

    private static Emulator emulator;
    private static NjallaClient admin;

    @BeforeAll
    static void start() throws IOException {
        emulator = Emulator.builder().domains("example.com", "example.org").start();
        admin = Fixture.client(emulator);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static NjallaClient tokenClient(Map<String, Object> restrictions) throws Exception {
        JsonNode token = admin.call("add-token", restrictions);
        assertTrue(token.path("key").asText().matches("[0-9a-f]{40}"));
        return Fixture.client(emulator, token.path("key").asText());
    }

    private static Map<String, Object> txt(String domain, String name) {
        return params("domain", domain, "name", name, "type", "TXT", "content", "t", "ttl", 60);
    }

    static Stream<Arguments> cases() {
        Map<String, Object> acme = params("acme", true);
        Map<String, Object> acmeOverriding = params("acme", true,
                "allowed_methods", List.of("GET"), "allowed_types", List.of("A"),
                "allowed_prefixes", List.of("test"));
        Map<String, Object> domains = params("allowed_domains", List.of("example.com"));
        Map<String, Object> methods = params("allowed_methods", List.of("list-records"));
        Map<String, Object> types = params("allowed_types", List.of("txt"));
        Map<String, Object> prefixes = params("allowed_prefixes", List.of("_acme-challenge"));
        Map<String, Object> local = params("from", List.of("127.0.0.0/8", "10.1.2.3"));
        Map<String, Object> localV6 = params("from", List.of("::1", "127.0.0.1"));
        Map<String, Object> remote = params("from", List.of("10.0.0.0/8", "2001:db8::/32"));
        Map<String, Object> aRecord = params("domain", "example.com", "name", "_acme-challenge",
                "type", "A", "content", "192.0.2.1", "ttl", 60);
        return Stream.of(
                Arguments.of("acme adds challenge", acme, "add-record",
                        txt("example.com", "_acme-challenge"), true),
                Arguments.of("acme adds below a subdomain", acme, "add-record",
                        txt("example.com", "_acme-challenge.www"), true),
                Arguments.of("acme adds by FQDN", acme, "add-record",
                        txt("example.com", "_acme-challenge.www.example.com."), true),
                Arguments.of("acme rejects other prefix", acme, "add-record",
                        txt("example.com", "www"), false),
                Arguments.of("acme rejects prefix lookalike", acme, "add-record",
                        txt("example.com", "_acme-challengex"), false),
                Arguments.of("acme rejects A record", acme, "add-record", aRecord, false),
                Arguments.of("acme lists records", acme, "list-records",
                        params("domain", "example.com"), true),
                Arguments.of("acme cannot list domains", acme, "list-domains", params(), false),
                Arguments.of("acme cannot get domain", acme, "get-domain",
                        params("domain", "example.com"), false),
                Arguments.of("acme overrides lists", acmeOverriding, "add-record",
                        txt("example.com", "_acme-challenge"), true),
                Arguments.of("acme overrides prefix list", acmeOverriding, "add-record",
                        txt("example.com", "test"), false),
                Arguments.of("domain list allows own", domains, "list-records",
                        params("domain", "example.com"), true),
                Arguments.of("domain list denies other", domains, "list-records",
                        params("domain", "example.org"), false),
                Arguments.of("method list allows listed", methods, "list-records",
                        params("domain", "example.com"), true),
                Arguments.of("method list denies other", methods, "add-record",
                        txt("example.com", "x"), false),
                Arguments.of("type list allows TXT", types, "add-record",
                        txt("example.com", "x"), true),
                Arguments.of("type list denies A", types, "add-record", aRecord, false),
                Arguments.of("prefix list allows prefix", prefixes, "add-record",
                        txt("example.org", "_acme-challenge.a.b"), true),
                Arguments.of("prefix list denies apex", prefixes, "add-record",
                        txt("example.org", "@"), false),
                Arguments.of("from allows loopback network", local, "list-domains",
                        params(), true),
                Arguments.of("from allows listed address", localV6, "list-domains",
                        params(), true),
                Arguments.of("from denies other networks", remote, "list-domains",
                        params(), false),
                Arguments.of("domain token cannot add tokens", domains, "add-token",
                        params(), false),
                Arguments.of("acme token cannot list tokens", acme, "list-tokens",
                        params(), false),
                Arguments.of("method-listed token adds tokens",
                        params("allowed_domains", List.of("example.com"),
                                "allowed_methods", List.of("add-token")),
                        "add-token", params(), true),
                Arguments.of("full token denied foreign domain", params(),
                        "list-records", params("domain", "example.net"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void token_enforcesRestriction(String label, Map<String, Object> restrictions,
            String method, Map<String, Object> request, boolean allowed) throws Exception {
        NjallaClient client = tokenClient(restrictions);
        if (allowed) {
            client.call(method, request);
        } else {
            NjallaApiException e = assertThrows(NjallaApiException.class,
                    () -> client.call(method, request));
            assertEquals(403, e.code());
            assertEquals("permission denied", e.apiMessage());
        }
    }

    @Test
    void addToken_acmeReturnsFixedLists() throws Exception {
        JsonNode token = admin.call("add-token", params("acme", true, "comment", "c",
                "allowed_methods", List.of("GET"), "allowed_types", List.of("A"),
                "allowed_prefixes", List.of("test")));
        assertEquals("[\"add-record\",\"edit-record\",\"remove-record\",\"list-records\"]",
                token.path("allowed_methods").toString());
        assertEquals("[\"_acme-challenge\"]", token.path("allowed_prefixes").toString());
        assertEquals("[\"TXT\"]", token.path("allowed_types").toString());
        assertEquals("c", token.path("comment").asText());
    }

    @Test
    void listRecords_prefixTokenSeesOnlyAllowedRecords() throws Exception {
        admin.call("add-record", txt("example.org", "visible-not"));
        admin.call("add-record", txt("example.org", "_acme-challenge.seen"));
        NjallaClient acme = tokenClient(params("acme", true));
        JsonNode records = call(acme, "list-records", "domain", "example.org").path("records");
        for (JsonNode record : records) {
            assertTrue(record.path("name").asText().startsWith("_acme-challenge"));
        }
        assertTrue(records.size() >= 1);
    }

    @Test
    void editRecord_prefixTokenCannotRenameOutOfPrefix() throws Exception {
        NjallaClient acme = tokenClient(params("acme", true));
        JsonNode added = acme.call("add-record", txt("example.com", "_acme-challenge.edit"));
        NjallaApiException e = assertThrows(NjallaApiException.class, () -> call(acme,
                "edit-record", "domain", "example.com", "id", added.path("id").asText(),
                "name", "www"));
        assertEquals(403, e.code());
    }

    @Test
    void addToken_rejectsInvalidNetwork() {
        NjallaApiException e = assertThrows(NjallaApiException.class,
                () -> admin.call("add-token", params("from", List.of("not-an-ip"))));
        assertEquals(-32000, e.code());
    }

    @Test
    void editToken_changesFromButNotAcmeLists() throws Exception {
        JsonNode token = admin.call("add-token", params("acme", true));
        String key = token.path("key").asText();
        JsonNode edited = call(admin, "edit-token", "key", key, "comment", "renamed",
                "from", List.of("127.0.0.1"));
        assertEquals("renamed", edited.path("comment").asText());
        assertEquals("[\"127.0.0.1\"]", edited.path("from").toString());
        NjallaApiException e = assertThrows(NjallaApiException.class, () -> call(admin,
                "edit-token", "key", key, "allowed_types", List.of("A")));
        assertEquals(-32000, e.code());
    }

    @Test
    void removeToken_revokesAccess() throws Exception {
        JsonNode token = admin.call("add-token", params("comment", "gone"));
        NjallaClient client = Fixture.client(emulator, token.path("key").asText());
        call(client, "list-domains");
        JsonNode removed = call(admin, "remove-token", "key", token.path("key").asText());
        assertEquals("removed", removed.path("status").asText());
        NjallaApiException e = assertThrows(NjallaApiException.class,
                () -> call(client, "list-domains"));
        assertEquals(403, e.code());
    }

    @Test
    void call_rejectsUnknownToken() {
        NjallaClient client = Fixture.client(emulator, "0".repeat(40));
        NjallaApiException e = assertThrows(NjallaApiException.class,
                () -> call(client, "list-domains"));
        assertEquals(403, e.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"notanip", "10.0.0.0/33",
        "example.com", "2001:db8::/129"})
    void addToken_invalidFrom_rejected(String network) {
        NjallaApiException e = assertThrows(NjallaApiException.class,
                () -> admin.call("add-token", params("from", List.of(network))));

        assertEquals(-32000, e.code());
        assertEquals("Invalid arguments", e.apiMessage());
    }
}

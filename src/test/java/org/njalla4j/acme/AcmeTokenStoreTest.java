package org.njalla4j.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.njalla4j.client.AddTokenRequest;
import org.njalla4j.client.Credentials.CredentialsException;
import org.njalla4j.client.NjallaClient;
import org.njalla4j.emulator.Emulator;

class AcmeTokenStoreTest {

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path stateDir;

    private MockWebServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = new MockWebServer();
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stopServer() throws Exception {
        server.shutdown();
    }

    private NjallaAccess access(List<String> domains, List<String> from) {
        NjallaClient client = NjallaClient.builder().apiUrl(server.url("/api/1/").uri())
                .token("full-token").build();
        return new NjallaAccess(client, domains, from, "host1");
    }

    private static MockResponse result(String json) {
        return new MockResponse().setBody("{\"result\":" + json + "}");
    }

    @Test
    void acmeClient_createsAndStoresToken() throws Exception {
        server.enqueue(result("{\"key\":\"k1\",\"comment\":\"c\"}"));
        AcmeTokenStore store = new AcmeTokenStore(stateDir, CLOCK);
        NjallaAccess access = access(List.of("example.com"), List.of("192.0.2.0/24"));

        store.acmeClient(access);

        RecordedRequest sent = server.takeRequest();
        JsonNode params = JSON.readTree(sent.getBody().readUtf8()).path("params");
        assertEquals("njalla4j acme host1 2026-12-04", params.path("comment").asText());
        assertTrue(params.path("acme").asBoolean());
        assertEquals("example.com", params.path("allowed_domains").get(0).asText());
        assertEquals("192.0.2.0/24", params.path("from").get(0).asText());
        assertEquals("Njalla full-token", sent.getHeader("Authorization"));
        Path file = store.tokenFile(access.client().apiUrl());
        assertEquals("k1", Files.readString(file).strip());
        assertEquals("rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void acmeClient_usesStoredTokenWithoutCalls() throws Exception {
        server.enqueue(result("{\"key\":\"k1\"}"));
        server.enqueue(result("{\"records\":[]}"));
        AcmeTokenStore store = new AcmeTokenStore(stateDir, CLOCK);
        store.acmeClient(access(List.of(), List.of()));
        server.takeRequest();

        NjallaClient client = store.acmeClient(access(List.of(), List.of()));
        client.records().list("example.com");

        RecordedRequest sent = server.takeRequest();
        assertTrue(sent.getBody().readUtf8().contains("list-records"));
        assertEquals("Njalla k1", sent.getHeader("Authorization"));
    }

    @Test
    void acmeClient_keylessResultListsTokens() throws Exception {
        server.enqueue(result("{}"));
        server.enqueue(result("{\"tokens\":[{\"key\":\"other\",\"comment\":\"x\"},"
                + "{\"key\":\"k2\",\"comment\":\"njalla4j acme host1 2026-12-04\"}]}"));
        AcmeTokenStore store = new AcmeTokenStore(stateDir, CLOCK);
        NjallaAccess access = access(List.of(), List.of());

        store.acmeClient(access);

        assertEquals("k2", Files.readString(store.tokenFile(access.client().apiUrl())).strip());
        assertFalse(JSON.readTree(server.takeRequest().getBody().readUtf8()).path("params")
                .has("allowed_domains"));
        assertTrue(server.takeRequest().getBody().readUtf8().contains("list-tokens"));
    }

    @Test
    void acmeClient_restrictedTokenIsUsedAsGiven() throws Exception {
        try (Emulator emulator = Emulator.builder().domains("example.com").start()) {
            NjallaClient admin = NjallaClient.builder().apiUrl(emulator.apiUrl())
                    .token(emulator.fullAccessToken()).build();
            String acmeKey = admin.tokens().add(AddTokenRequest.builder().comment("given")
                    .acme(true).build()).key();
            NjallaClient given = NjallaClient.builder().apiUrl(emulator.apiUrl())
                    .token(acmeKey).build();
            AcmeTokenStore store = new AcmeTokenStore(stateDir, CLOCK);

            NjallaClient used = store.acmeClient(NjallaAccess.of(given));

            assertSame(given, used);
            assertFalse(store.hasStoredToken(emulator.apiUrl()));
            assertEquals(1, admin.tokens().list().stream()
                    .filter(t -> "given".equals(t.comment())).count());
        }
    }

    @Test
    void acmeClient_rejectsStoredTokenReadableByOthers() throws Exception {
        AcmeTokenStore store = new AcmeTokenStore(stateDir, CLOCK);
        NjallaAccess access = access(List.of(), List.of());
        Path file = store.tokenFile(access.client().apiUrl());
        Files.createDirectories(file.getParent());
        Files.writeString(file, "stored-token\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        CredentialsException e = assertThrows(CredentialsException.class,
                () -> store.acmeClient(access));

        assertTrue(e.getMessage().contains("chmod 600 " + file), e.getMessage());
        assertFalse(e.getMessage().contains("stored-token"), e.getMessage());
        assertEquals(0, server.getRequestCount());
    }
}

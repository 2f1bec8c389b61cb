package org.njalla4j.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.njalla4j.emulator.Fixture.call;
import static org.njalla4j.emulator.Fixture.params;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.njalla4j.client.NjallaApiException;
import org.njalla4j.client.NjallaClient;

class ServerMethodsTest {

    private static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample user@host";

    private Emulator emulator;
    private NjallaClient client;

    @BeforeEach
    void start() throws Exception {
        emulator = Emulator.builder().domains("example.com").clock(new MutableClock())
                .walletBalance(300).start();
        client = Fixture.client(emulator);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private String addServer() throws Exception {
        JsonNode server = call(client, "add-server", "name", "web", "type", "njalla1",
                "os", "debian12", "ssh_key", KEY, "months", 2, "autorenew", true);
        assertEquals("running", server.path("status").asText());
        return server.path("id").asText();
    }

    @Test
    void lifecycle_validatesTransitions() throws Exception {
        String id = addServer();
        assertEquals(270, call(client, "get-balance").path("balance").asInt());
        assertEquals(-32000, code("start-server", "id", id));
        assertEquals("running", call(client, "restart-server", "id", id).path("status")
                .asText());
        assertEquals("stopped", call(client, "stop-server", "id", id).path("status").asText());
        assertEquals(-32000, code("stop-server", "id", id));
        assertEquals(-32000, code("restart-server", "id", id));
        assertEquals("running", call(client, "start-server", "id", id).path("status").asText());
        call(client, "stop-server", "id", id);
        JsonNode reset = call(client, "reset-server", "id", id, "os", "ubuntu2404");
        assertEquals("running", reset.path("status").asText());
        assertEquals("ubuntu2404", reset.path("os").asText());
    }

    @Test
    void editGetListRenewRemove_roundTrip() throws Exception {
        String id = addServer();
        JsonNode edited = call(client, "edit-server", "id", id, "name", "db",
                "reverse_name", "db.example.com", "autorenew", false);
        assertEquals("db", edited.path("name").asText());
        assertEquals("db.example.com", call(client, "get-server", "id", id)
                .path("reverse_name").asText());
        assertEquals(1, call(client, "list-servers").path("servers").size());
        String before = call(client, "get-server", "id", id).path("expiry").asText();
        JsonNode renewed = call(client, "renew-server", "id", id, "months", 1);
        assertTrue(renewed.path("expiry").asText().compareTo(before) > 0);
        assertTrue(call(client, "remove-server", "id", id).path("task").isTextual());
        assertEquals(0, call(client, "list-servers").path("servers").size());
        assertEquals(403, code("get-server", "id", id));
    }

    @Test
    void traffic_addAndList() throws Exception {
        String id = addServer();
        JsonNode traffic = call(client, "add-traffic", "id", id, "amount", 2, "months", 3,
                "starts_today", true);
        assertEquals(2, traffic.path("amount").asInt());
        assertEquals(1, call(client, "list-traffic", "id", id).path("traffic").size());
        assertEquals(-32000, code("add-traffic", "id", id, "amount", 0, "months", 1));
    }

    @Test
    void catalogue_listsImagesAndTypes() throws Exception {
        assertTrue(call(client, "list-server-images").path("images").size() > 0);
        assertEquals("njalla1", call(client, "list-server-types").path("types").get(0)
                .path("name").asText());
    }

    @Test
    void addServer_rejectsInvalid() {
        assertEquals(-32000, code("add-server", "name", "x", "type", "huge", "os", "debian12",
                "ssh_key", KEY, "months", 1));
        assertEquals(-32000, code("add-server", "name", "x", "type", "njalla1", "os", "dos",
                "ssh_key", KEY, "months", 1));
        assertEquals(-32000, code("add-server", "name", "x", "type", "njalla1",
                "os", "debian12", "ssh_key", "not a key", "months", 1));
        assertEquals(-32000, code("add-server", "name", "x", "type", "njalla1",
                "os", "debian12", "ssh_key", KEY, "months", 13));
    }

    @Test
    void serverToken_restrictedToListedServers() throws Exception {
        String allowed = addServer();
        String other = addServer();
        String key = client.call("add-token", params("allowed_servers", List.of(allowed)))
                .path("key").asText();
        NjallaClient limited = Fixture.client(emulator, key);
        call(limited, "get-server", "id", allowed);
        assertEquals(1, call(limited, "list-servers").path("servers").size());
        NjallaApiException e = assertThrows(NjallaApiException.class,
                () -> call(limited, "stop-server", "id", other));
        assertEquals(403, e.code());
    }

    private int code(String method, Object... pairs) {
        return assertThrows(NjallaApiException.class, () -> call(client, method, pairs)).code();
    }
}

package org.njalla4j.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.njalla4j.emulator.Fixture.call;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.njalla4j.client.NjallaApiException;
import org.njalla4j.client.NjallaClient;

class VpnMethodsTest {

    private Emulator emulator;
    private NjallaClient client;

    @BeforeEach
    void start() throws Exception {
        emulator = Emulator.builder().domains("example.com").walletBalance(30).start();
        client = Fixture.client(emulator);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void vpn_roundTrip() throws Exception {
        JsonNode vpn = call(client, "add-vpn", "name", "laptop", "autorenew", true);
        String id = vpn.path("id").asText();
        assertEquals(25, call(client, "get-balance").path("balance").asInt());
        String key = vpn.path("publickey").asText();
        JsonNode edited = Fixture.post(emulator, "{\"method\":\"edit-vpn\",\"params\":"
                + "{\"id\":\"" + id + "\",\"backend\":\"openvpn\",\"name\":\"phone\","
                + "\"publickey\":null}}").path("result");
        assertEquals("openvpn", edited.path("backend").asText());
        assertNotEquals(key, edited.path("publickey").asText());
        String own = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
        assertEquals(own, call(client, "edit-vpn", "id", id, "publickey", own)
                .path("publickey").asText());
        assertEquals("phone", call(client, "get-vpn", "id", id).path("name").asText());
        assertEquals(1, call(client, "list-vpns").path("vpns").size());
        call(client, "renew-vpn", "id", id, "months", 2);
        assertEquals(15, call(client, "get-balance").path("balance").asInt());
        call(client, "remove-vpn", "id", id);
        assertEquals(0, call(client, "list-vpns").path("vpns").size());
    }

    @Test
    void editVpn_rejectsBadBackendAndKey() throws Exception {
        String id = call(client, "add-vpn", "name", "x").path("id").asText();
        assertEquals(-32000, assertThrows(NjallaApiException.class,
                () -> call(client, "edit-vpn", "id", id, "backend", "ipsec")).code());
        assertEquals(-32000, assertThrows(NjallaApiException.class,
                () -> call(client, "edit-vpn", "id", id, "publickey", "short")).code());
        assertEquals(403, assertThrows(NjallaApiException.class,
                () -> call(client, "get-vpn", "id", "missing")).code());
    }
}

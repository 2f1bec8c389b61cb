package org.njalla4j.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.njalla4j.emulator.Fixture.call;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.njalla4j.client.NjallaApiException;
import org.njalla4j.client.NjallaClient;

class DomainExtrasMethodsTest {

    private static final String DIGEST =
            "2BB183AF5F22588179A53B0A98631FAD1A292118F3A3C0D2A6A7F2A0B1C2D3E4";

    private static Emulator emulator;
    private static NjallaClient client;

    @BeforeAll
    static void start() throws Exception {
        emulator = Emulator.builder().domains("example.com", "example.is").start();
        client = Fixture.client(emulator);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void forwards_roundTrip() throws Exception {
        JsonNode added = call(client, "add-forward", "domain", "example.com", "from", "info",
                "to", "someone@example.org");
        assertEquals("example.com", added.path("domain").asText());
        assertEquals(-32000, code("add-forward", "domain", "example.com", "from", "info",
                "to", "someone@example.org"));
        assertEquals(1, call(client, "list-forwards", "domain", "example.com")
                .path("forwards").size());
        call(client, "remove-forward", "domain", "example.com", "from", "info@example.com",
                "to", "someone@example.org");
        assertEquals(0, call(client, "list-forwards", "domain", "example.com")
                .path("forwards").size());
        assertEquals(-32000, code("add-forward", "domain", "example.com", "from", "x",
                "to", "not-an-address"));
    }

    @Test
    void glue_roundTrip() throws Exception {
        call(client, "add-glue", "domain", "example.com", "name", "ns1",
                "address4", "192.0.2.53");
        assertEquals(-32000, code("add-glue", "domain", "example.com", "name", "ns1.example.com",
                "address4", "192.0.2.54"));
        call(client, "edit-glue", "domain", "example.com", "name", "ns1",
                "address6", "2001:db8::53");
        JsonNode glue = call(client, "list-glue", "domain", "example.com").path("glue").get(0);
        assertEquals("192.0.2.53", glue.path("address4").asText());
        assertEquals("2001:db8::53", glue.path("address6").asText());
        call(client, "remove-glue", "domain", "example.com", "name", "ns1");
        assertEquals(-32000, code("remove-glue", "domain", "example.com", "name", "ns1"));
        assertEquals(-32000, code("add-glue", "domain", "example.com", "name", "ns2",
                "address4", "2001:db8::1"));
        assertEquals(-32000, code("add-glue", "domain", "example.com", "name", "ns2"));
    }

    @Test
    void dnssec_digestOrKey() throws Exception {
        JsonNode ds = call(client, "add-dnssec", "domain", "example.com", "algorithm", 13,
                "digest", DIGEST, "digest_type", 2, "key_tag", 12345);
        call(client, "add-dnssec", "domain", "example.com", "algorithm", 13, "public_key",
                "mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+"
                        + "KkxLbxILfDLUT0rAK9iUzy1L53eKGQ==");
        assertEquals(2, call(client, "list-dnssec", "domain", "example.com")
                .path("dnssec").size());
        call(client, "remove-dnssec", "domain", "example.com", "id", ds.path("id").asText());
        assertEquals(1, call(client, "list-dnssec", "domain", "example.com")
                .path("dnssec").size());
        assertEquals(-32000, code("add-dnssec", "domain", "example.com", "algorithm", 13));
        assertEquals(-32000, code("add-dnssec", "domain", "example.com", "algorithm", 13,
                "digest", DIGEST, "digest_type", 1, "key_tag", 1));
        assertEquals(-32000, code("add-dnssec", "domain", "example.is", "algorithm", 13,
                "digest", DIGEST, "digest_type", 2, "key_tag", 1));
        assertEquals(-32000, code("remove-dnssec", "domain", "example.com", "id", "0"));
    }

    private static int code(String method, Object... pairs) {
        return assertThrows(NjallaApiException.class, () -> call(client, method, pairs)).code();
    }
}

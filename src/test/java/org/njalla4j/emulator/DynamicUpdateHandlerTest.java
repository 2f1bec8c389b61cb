package org.njalla4j.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.njalla4j.emulator.Fixture.call;
import static org.njalla4j.emulator.Fixture.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.njalla4j.client.NjallaClient;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

class DynamicUpdateHandlerTest {

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return new ObjectMapper().readTree(response.body());
    }

    @Test
    void update_setsAddressServedOverDns() throws Exception {
        try (Emulator emulator = Emulator.builder().domains("example.com").start()) {
            NjallaClient client = Fixture.client(emulator);
            JsonNode record = call(client, "add-record", "domain", "example.com",
                    "name", "home", "type", "Dynamic");
            String url = record.path("update_url").asText();
            assertTrue(url.startsWith(emulator.apiUrl().resolve("/update/").toString()), url);
            assertEquals(Rcode.NXDOMAIN, query(emulator, "home.example.com.", Type.A, false)
                    .getRcode());

            JsonNode auto = get(url);
            assertEquals("record updated", auto.path("message").asText());
            assertEquals("127.0.0.1", auto.path("value").path("A").asText());
            String explicit = url.replace("&auto", "&a=192.0.2.44");
            assertEquals(200, get(explicit).path("status").asInt());
            assertEquals("192.0.2.44", query(emulator, "home.example.com.", Type.A, false)
                    .getSection(Section.ANSWER).get(0).rdataToString());
            JsonNode listed = call(client, "list-records", "domain", "example.com")
                    .path("records").get(0);
            assertEquals("192.0.2.44", listed.path("current_ips").get(0).asText());
        }
    }

    @Test
    void update_rejectsWrongKey() throws Exception {
        try (Emulator emulator = Emulator.builder().domains("example.com").start()) {
            JsonNode reply = get(emulator.apiUrl().resolve("/update/?h=home.example.com&k=x&auto")
                    .toString());
            assertEquals(500, reply.path("status").asInt());
            assertEquals("invalid data", reply.path("message").asText());
        }
    }
}

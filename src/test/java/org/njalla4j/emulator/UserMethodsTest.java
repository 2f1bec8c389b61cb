package org.njalla4j.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Login sessions and account deletion, with a cookie-keeping JDK HTTP client. */
class UserMethodsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode post(HttpClient http, Emulator emulator, String body)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(emulator.apiUrl())
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return MAPPER.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    @Test
    void login_sessionCookieGivesAccessUntilLogout() throws Exception {
        try (Emulator emulator = Emulator.builder().domains("example.com")
                .accountEmail("me@example.org").accountPassword("s3cret").start()) {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String list = "{\"method\":\"list-domains\",\"params\":{}}";
            assertEquals(403, post(http, emulator, list).path("error").path("code").asInt());
            JsonNode wrong = post(http, emulator, "{\"method\":\"login\",\"params\":"
                    + "{\"email\":\"me@example.org\",\"password\":\"nope\"}}");
            assertEquals(403, wrong.path("error").path("code").asInt());
            JsonNode login = post(http, emulator, "{\"method\":\"login\",\"params\":"
                    + "{\"email\":\"me@example.org\",\"password\":\"s3cret\"}}");
            assertTrue(login.has("result"));
            assertEquals(1, post(http, emulator, list).path("result").path("domains").size());
            post(http, emulator, "{\"method\":\"logout\",\"params\":{}}");
            assertEquals(403, post(http, emulator, list).path("error").path("code").asInt());
        }
    }

    @Test
    void deleteAccount_onlyWhenEmpty() throws Exception {
        try (Emulator busy = Emulator.builder().domains("example.com").start()) {
            JsonNode refused = Fixture.post(busy, "{\"method\":\"delete-account\"}");
            assertEquals(-32000, refused.path("error").path("code").asInt());
        }
        try (Emulator empty = Emulator.builder().start()) {
            assertTrue(Fixture.post(empty, "{\"method\":\"delete-account\"}").has("result"));
            JsonNode after = Fixture.post(empty, "{\"method\":\"list-domains\"}");
            assertEquals(403, after.path("error").path("code").asInt());
        }
    }
}

package org.njalla4j.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.njalla4j.client.ApiMethod;

/** The JSON-RPC envelope on the wire, sent with the JDK HTTP client. */
class ApiHandlerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static Emulator emulator;

    @BeforeAll
    static void start() throws Exception {
        emulator = Emulator.builder().domains("example.com").start();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static HttpResponse<String> post(String body, String authorization)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(emulator.apiUrl())
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode postJson(String body) throws Exception {
        HttpResponse<String> response = post(body, "Njalla " + emulator.fullAccessToken());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("")
                .startsWith("application/json"));
        assertTrue(response.body().endsWith("}\n"));
        return MAPPER.readTree(response.body());
    }

    @Test
    void minimalEnvelope_answersWithoutId() throws Exception {
        JsonNode response = postJson("{\"method\":\"list-domains\",\"params\":{}}");
        assertEquals("2.0", response.path("jsonrpc").asText());
        assertEquals("example.com", response.path("result").path("domains").get(0)
                .path("name").asText());
        assertFalse(response.has("id"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\"1\"", "7", "null"})
    void fullEnvelope_echoesId(String id) throws Exception {
        JsonNode response = postJson("{\"jsonrpc\":\"2.0\",\"method\":\"get-balance\","
                + "\"params\":{},\"id\":" + id + "}");
        assertEquals(MAPPER.readTree(id), response.get("id"));
        assertEquals(0, response.path("result").path("balance").asInt());
    }

    @Test
    void missingParams_treatedAsEmpty() throws Exception {
        JsonNode response = postJson("{\"method\":\"list-tokens\"}");
        assertTrue(response.path("result").path("tokens").isArray());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"method\":\"no-such-method\",\"params\":{}} | -32601",
        "{\"method\":\"LIST-DOMAINS\",\"params\":{}} | -32601",
        "not json | -32700",
        "[1,2] | -32600",
        "{\"params\":{}} | -32600",
        "{\"method\":\"list-domains\",\"params\":[]} | -32600",
        "{\"method\":\"get-domain\",\"params\":{}} | -32000",
        "{\"method\":\"get-domain\",\"params\":{\"domain\":\"example.org\"}} | 403",
    })
    void badRequest_returnsErrorInHttp200(String body, int code) throws Exception {
        JsonNode response = postJson(body);
        assertEquals(code, response.path("error").path("code").asInt());
        assertFalse(response.has("result"));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {"none", "Bearer x", "Njalla", "Njalla wrong"})
    void unauthorised_returnsPermissionDenied(String authorization) throws Exception {
        HttpResponse<String> response = post("{\"method\":\"list-domains\",\"params\":{}}",
                authorization);
        JsonNode json = MAPPER.readTree(response.body());
        assertEquals(403, json.path("error").path("code").asInt());
        assertEquals("permission denied", json.path("error").path("message").asText());
    }

    @Test
    void get_isRejected() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(emulator.apiUrl()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, response.statusCode());
    }

    @Test
    void methodTable_coversEveryApiMethod() {
        for (ApiMethod method : ApiMethod.values()) {
            assertTrue(Emulator.methodTable().containsKey(method.wireName()), method.wireName());
        }
        assertEquals(ApiMethod.values().length, Emulator.methodTable().size());
    }
}

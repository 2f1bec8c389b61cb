package org.njalla4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Error mapping and retry behaviour of the transport, seen through NjallaClient. */
class JsonRpcTransportTest {

    private static final String BAD_GATEWAY = "<html>\r\n<head><title>502 Bad Gateway</title>"
            + "</head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
            + "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

    private MockNjalla mock;

    @BeforeEach
    void start() throws Exception {
        mock = new MockNjalla();
    }

    @AfterEach
    void stop() throws Exception {
        mock.close();
    }

    private static MockResponse html(int status, String body) {
        return new MockResponse().setResponseCode(status)
                .setHeader("Content-Type", "text/html").setBody(body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"permission denied", "Permission denied"})
    void apiError_403_isPermissionDeniedWithHint(String message) {
        mock.enqueueError(403, message);

        NjallaApiException e = assertThrows(NjallaApiException.class,
                () -> mock.client().domains().get("example.net"));

        assertTrue(e.isPermissionDenied());
        assertEquals(403, e.code());
        assertEquals(message, e.apiMessage());
        assertEquals("get-domain", e.method());
        assertTrue(e.getMessage().startsWith("get-domain failed: 403 " + message));
        assertTrue(e.getMessage().contains("token's restrictions"), e.getMessage());
    }

    @Test
    void apiError_invalidArguments_keepsCodeAndMessage() {
        mock.enqueueError(-32000, "Invalid arguments");

        NjallaApiException e = assertThrows(NjallaApiException.class,
                () -> mock.client().records().remove("example.com", "0"));

        assertEquals(NjallaApiException.INVALID_ARGUMENTS, e.code());
        assertFalse(e.isPermissionDenied());
        assertEquals("remove-record failed: -32000 Invalid arguments", e.getMessage());
    }

    @Test
    void apiError_withoutJsonrpcMember_isStillAnError() {
        mock.enqueueJson("{\"error\": {\"code\": 403, \"message\": \"permission denied\"}}");

        assertThrows(NjallaApiException.class, () -> mock.client().records().list("example.net"));
    }

    @Test
    void htmlBadGateway_isTransportErrorWithTitle() {
        mock.enqueue(html(502, BAD_GATEWAY));

        NjallaTransportException e = assertThrows(NjallaTransportException.class,
                () -> mock.client().records().add(AddRecordRequest.txt("example.com",
                        "_acme-challenge", "v", 60)));

        assertEquals(502, e.httpStatus());
        assertFalse(e.isNoResponse());
        assertEquals("add-record", e.method());
        assertTrue(e.getMessage().contains("HTTP 502"), e.getMessage());
        assertTrue(e.getMessage().endsWith("is not a JSON-RPC response: 502 Bad Gateway"),
                e.getMessage());
        assertFalse(e.getMessage().contains("<"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "excerpt must be one line");
        assertTrue(e.getMessage().length() < 200, e.getMessage());
    }

    @Test
    void timeout_isNoResponseTransportError() {
        mock.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        NjallaClient client = mock.builder().readTimeout(Duration.ofMillis(300))
                .maxRetries(0).build();

        NjallaTransportException e = assertThrows(NjallaTransportException.class,
                () -> client.records().list("example.com"));

        assertTrue(e.isNoResponse());
        assertTrue(e.getMessage().startsWith("list-records timed out after"), e.getMessage());
    }

    @Test
    void timeout_afterRetries_namesAttemptsAndTotal() {
        for (int i = 0; i < 3; i++) {
            mock.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        }
        NjallaClient client = mock.builder().readTimeout(Duration.ofMillis(300))
                .maxRetries(2).retryBackoff(Duration.ofMillis(1)).build();

        NjallaTransportException e = assertThrows(NjallaTransportException.class,
                () -> client.records().list("example.com"));

        assertTrue(e.isNoResponse());
        assertTrue(e.getMessage().matches("list-records timed out after 3 attempts over"
                + " [0-9.]+ (ms|s) at " + mock.apiUrl()), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void timeout_singleAttempt_humanUnits() {
        mock.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        NjallaClient client = mock.builder().readTimeout(Duration.ofMillis(1200))
                .maxRetries(0).build();

        NjallaTransportException e = assertThrows(NjallaTransportException.class,
                () -> client.records().list("example.com"));

        assertTrue(e.getMessage().matches("list-records timed out after [0-9.]+ s at .*"),
                e.getMessage());
    }

    @Test
    void badGateway_afterRetries_namesAttempts() {
        for (int i = 0; i < 2; i++) {
            mock.enqueue(html(502, BAD_GATEWAY));
        }
        NjallaClient client = mock.builder().maxRetries(1).retryBackoff(Duration.ofMillis(1))
                .build();

        NjallaTransportException e = assertThrows(NjallaTransportException.class,
                () -> client.records().list("example.com"));

        assertEquals(502, e.httpStatus());
        assertTrue(e.getMessage().contains("HTTP 502"), e.getMessage());
        assertTrue(e.getMessage().contains("(after 2 attempts over "), e.getMessage());
    }

    @Test
    void refusedConnection_isNoResponseTransportError() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        NjallaClient client = NjallaClient.builder()
                .apiUrl(URI.create("http://127.0.0.1:" + port + "/api/1/"))
                .token(MockNjalla.TOKEN).maxRetries(1).retryBackoff(Duration.ofMillis(1)).build();

        NjallaTransportException e = assertThrows(NjallaTransportException.class,
                () -> client.domains().list());

        assertTrue(e.isNoResponse());
        assertTrue(e.getMessage().contains("cannot reach http://127.0.0.1:" + port),
                e.getMessage());
    }

    @Test
    void redirect_notFollowed() throws Exception {
        try (MockNjalla other = new MockNjalla()) {
            mock.enqueue(new MockResponse().setResponseCode(307)
                    .setHeader("Location", other.apiUrl().toString()));
            other.enqueueResult("{}");

            NjallaTransportException e = assertThrows(NjallaTransportException.class,
                    () -> mock.client().call("get-balance", Map.of()));

            assertEquals(307, e.httpStatus());
            assertEquals(0, other.server.getRequestCount());
        }
    }

    @Test
    void emptyBody_isTransportErrorSayingSo() {
        mock.enqueue(new MockResponse().setResponseCode(200));

        NjallaTransportException e = assertThrows(NjallaTransportException.class,
                () -> mock.client().records().list("example.com"));

        assertEquals(200, e.httpStatus());
        assertTrue(e.getMessage().endsWith("(empty body)"), e.getMessage());
    }

    @Test
    void truncatedJson_isTransportError() {
        mock.enqueueJson("{\"result\": {\"records\": [{\"id\": \"1\", \"na");

        NjallaTransportException e = assertThrows(NjallaTransportException.class,
                () -> mock.client().records().list("example.com"));

        assertEquals(200, e.httpStatus());
        assertTrue(e.getMessage().contains("not a JSON-RPC response"), e.getMessage());
    }

    @Test
    void jsonWithoutResult_isMalformed() {
        mock.enqueueJson("{\"jsonrpc\": \"2.0\", \"id\": \"1\"}");

        MalformedResponseException e = assertThrows(MalformedResponseException.class,
                () -> mock.client().records().list("example.com"));

        assertTrue(e.getMessage().startsWith("list-records returned neither result nor error"));
    }

    @Test
    void resultOfWrongShape_isMalformed() {
        mock.enqueueResult("{\"records\": \"none\"}");

        MalformedResponseException e = assertThrows(MalformedResponseException.class,
                () -> mock.client().records().list("example.com"));

        assertEquals("list-records returned no records list", e.getMessage());
    }

    @Test
    void readOnly_retriedAfter502And429_thenSucceeds() throws Exception {
        mock.enqueue(html(502, BAD_GATEWAY));
        mock.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "0"));
        mock.enqueueResult("{\"records\": []}");

        assertEquals(0, mock.client().records().list("example.com").size());

        assertEquals(3, mock.server.getRequestCount());
    }

    @Test
    void retryAfter_secondsAndDate_usedAsWait() throws Exception {
        List<Duration> waits = new ArrayList<>();
        NjallaClient client = mock.builder().retryBackoff(Duration.ofMinutes(5))
                .sleeper(waits::add).build();
        mock.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "2"));
        mock.enqueue(new MockResponse().setResponseCode(503)
                .setHeader("Retry-After", "Thu, 01 Jan 1970 00:00:00 GMT"));
        mock.enqueueResult("{\"balance\": 5}");

        client.wallet().balance();

        assertEquals(List.of(Duration.ofSeconds(2), Duration.ZERO), waits);
    }

    @Test
    void retryBackoff_withoutRetryAfter_doublesAndIsCapped() throws Exception {
        List<Duration> waits = new ArrayList<>();
        NjallaClient client = mock.builder().retryBackoff(Duration.ofSeconds(20)).maxRetries(3)
                .sleeper(waits::add).build();
        for (int i = 0; i < 3; i++) {
            mock.enqueue(html(502, BAD_GATEWAY));
        }
        mock.enqueueResult("{\"balance\": 5}");

        client.wallet().balance();

        assertEquals(3, waits.size());
        assertTrue(waits.get(0).compareTo(Duration.ofSeconds(10)) >= 0, waits.toString());
        assertTrue(waits.get(0).compareTo(Duration.ofSeconds(20)) <= 0, waits.toString());
        assertTrue(waits.get(2).compareTo(NjallaClient.MAX_RETRY_DELAY) <= 0, waits.toString());
    }

    @Test
    void readOnly_retriedAfterTimeout_thenSucceeds() throws Exception {
        mock.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        mock.enqueueResult("{\"domains\": []}");
        NjallaClient client = mock.builder().readTimeout(Duration.ofMillis(500)).build();

        assertEquals(0, client.domains().list().size());

        assertEquals(2, mock.server.getRequestCount());
    }

    @Test
    void readOnly_retriesExhausted_reportsLastStatus() {
        for (int i = 0; i < 3; i++) {
            mock.enqueue(html(503, "<html>busy</html>"));
        }
        NjallaClient client = mock.builder().maxRetries(2).build();

        NjallaTransportException e = assertThrows(NjallaTransportException.class,
                () -> client.tokens().list());

        assertEquals(503, e.httpStatus());
        assertEquals(3, mock.server.getRequestCount());
    }

    @Test
    void addRecord_notRetriedAfter502() {
        mock.enqueue(html(502, BAD_GATEWAY));
        mock.enqueueResult("{\"id\": \"1\", \"name\": \"_acme-challenge\", \"type\": \"TXT\"}");

        assertThrows(NjallaTransportException.class, () -> mock.client().records()
                .add(AddRecordRequest.txt("example.com", "_acme-challenge", "v", 60)));

        assertEquals(1, mock.server.getRequestCount());
    }

    @Test
    void addRecord_notRetriedAfterTimeout() {
        mock.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        mock.enqueueResult("{\"id\": \"1\", \"name\": \"_acme-challenge\", \"type\": \"TXT\"}");
        NjallaClient client = mock.builder().readTimeout(Duration.ofMillis(300)).build();

        NjallaTransportException e = assertThrows(NjallaTransportException.class,
                () -> client.records().add(AddRecordRequest.txt("example.com",
                        "_acme-challenge", "v", 60)));

        assertTrue(e.isNoResponse());
        assertEquals(1, mock.server.getRequestCount());
    }

    @Test
    void apiError_notRetriedEvenForReadOnly() {
        mock.enqueueError(403, "permission denied");
        mock.enqueueResult("{\"records\": []}");

        assertThrows(NjallaApiException.class, () -> mock.client().records().list("example.net"));

        assertEquals(1, mock.server.getRequestCount());
    }

    @Test
    void unknownMethod_notRetried() {
        mock.enqueue(html(502, BAD_GATEWAY));
        mock.enqueueResult("{}");

        assertThrows(NjallaTransportException.class,
                () -> mock.client().call("list-everything", Map.of()));

        assertEquals(1, mock.server.getRequestCount());
    }

    @Test
    void rateLimit_onWritingMethod_notRetried() {
        mock.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "0"));
        mock.enqueueResult("{}");

        NjallaTransportException e = assertThrows(NjallaTransportException.class,
                () -> mock.client().records().remove("example.com", "1"));

        assertEquals(429, e.httpStatus());
        assertEquals(1, mock.server.getRequestCount());
    }

    @Test
    void call_sendsFullEnvelopeAndJsonHeaders() throws Exception {
        mock.enqueueResult("{}");

        mock.client().call("get-balance", null);

        var request = mock.take();
        var body = MockNjalla.body(request);
        assertEquals("get-balance", body.path("method").asText());
        assertTrue(body.path("params").isObject());
        assertTrue(body.path("id").isTextual());
        assertTrue(request.getHeader("Content-Type").startsWith("application/json"));
        assertEquals("application/json", request.getHeader("Accept"));
    }

    @Test
    void token_quotedAndPadded_isCleanedInHeader() throws Exception {
        mock.enqueueResult("{}");
        NjallaClient client = mock.builder().token("  \"" + MockNjalla.TOKEN + "\"\n").build();

        client.call("get-balance", Map.of());

        assertEquals("Njalla " + MockNjalla.TOKEN, mock.take().getHeader("Authorization"));
    }

    @Test
    void builder_negativeRetries_rejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NjallaClient.builder().maxRetries(-1));

        assertEquals("invalid maxRetries -1; use 0 or more", e.getMessage());
    }
}

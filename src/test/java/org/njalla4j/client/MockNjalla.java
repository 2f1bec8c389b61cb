package org.njalla4j.client;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** A MockWebServer on loopback with helpers for JSON-RPC bodies and the wire fixtures. */
final class MockNjalla implements AutoCloseable {

    /** A token in Njalla's format (40 hex digits); tests check that it never leaks. */
    static final String TOKEN = "4f1c2b9e8d7a6c5b4a39281706f5e4d3c2b1a090";

    final MockWebServer server = new MockWebServer();

    MockNjalla() throws IOException {
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    /** Builds a token client with a tiny retry backoff and a generous read timeout. */
    NjallaClient client() {
        return builder().build();
    }

    /** Returns the endpoint by loopback address, so no name lookup takes place. */
    URI apiUrl() {
        return URI.create("http://127.0.0.1:" + server.getPort() + "/api/1/");
    }

    NjallaClient.Builder builder() {
        return NjallaClient.builder()
                .apiUrl(apiUrl())
                .token(TOKEN)
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(20))
                .retryBackoff(Duration.ofMillis(1));
    }

    void enqueueJson(String body) {
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
                .setBody(body));
    }

    void enqueueResult(String resultJson) {
        enqueueJson("{\"result\":" + resultJson + ",\"jsonrpc\":\"2.0\"}\n");
    }

    void enqueueError(int code, String message) {
        enqueueJson("{\"error\":{\"code\":" + code + ",\"message\":\"" + message
                + "\"},\"jsonrpc\":\"2.0\"}\n");
    }

    void enqueue(MockResponse response) {
        server.enqueue(response);
    }

    /** Returns the next request the server received, and fails the test if none arrives. */
    RecordedRequest take() throws InterruptedException {
        RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
        assertNotNull(request, "no request reached the mock server");
        return request;
    }

    static JsonNode body(RecordedRequest request) throws IOException {
        return NjallaClient.MAPPER.readTree(request.getBody().readUtf8());
    }

    /** The wire fixture of a method: {@code {"params": ..., "response": ...}}. */
    static JsonNode fixture(String wireName) {
        String path = "wire/" + wireName + ".json";
        try (InputStream in = MockNjalla.class.getResourceAsStream(path)) {
            assertNotNull(in, "missing fixture " + path);
            return NjallaClient.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}

package org.njalla4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** A mock Njalla API on loopback that records what the command sends. */
final class MockApi implements AutoCloseable {

    static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";
    static final ObjectMapper MAPPER = new ObjectMapper();

    final MockWebServer server = new MockWebServer();

    MockApi() throws IOException {
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
    }

    String url() {
        return server.url("/api/1/").toString();
    }

    /** Returns a runner whose environment points at this server with a token. */
    CliRunner runner() {
        return new CliRunner().env("NJALLA_API_URL", url()).env("NJALLA_TOKEN", TOKEN);
    }

    MockApi result(String resultJson) {
        server.enqueue(new MockResponse()
                .setHeader("Content-Type", "application/json")
                .setBody("{\"jsonrpc\":\"2.0\",\"result\":" + resultJson + ",\"id\":\"1\"}"));
        return this;
    }

    MockApi error(int code, String message) {
        server.enqueue(new MockResponse()
                .setHeader("Content-Type", "application/json")
                .setBody("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":" + code
                        + ",\"message\":\"" + message + "\"},\"id\":\"1\"}"));
        return this;
    }

    /** Returns the next request's JSON body, failing when none arrives in time. */
    JsonNode takeBody() throws Exception {
        RecordedRequest request = takeRequest();
        return MAPPER.readTree(request.getBody().readUtf8());
    }

    RecordedRequest takeRequest() throws InterruptedException {
        RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("no request reached the mock API");
        }
        return request;
    }

    int requestCount() {
        return server.getRequestCount();
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}

package org.njalla4j.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * Runs many success and failure paths with debug and wire logging on, printing every
 * exception (with causes) and toString to stdout. {@link SecretLeakTest} starts it in a
 * child JVM, because slf4j-simple fixes log levels when a logger is first created.
 */
public final class SecretLeakScenarios {

    static final String PASSWORD = "correct horse battery staple";
    static final String KEY = TypedMethodsTest.KEY;
    static final String DONE = "SCENARIOS DONE";

    private SecretLeakScenarios() {
    }

    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        try (MockNjalla mock = new MockNjalla()) {
            successPaths(mock);
            errorPaths(mock);
            sessionPaths(mock);
            noResponsePaths(mock);
        }
        System.out.println(DONE);
        System.out.flush();
    }

    private static void attempt(Step step) {
        try {
            step.run();
        } catch (Exception e) {
            e.printStackTrace(System.out);
        }
    }

    private static void successPaths(MockNjalla mock) {
        NjallaClient client = mock.client();
        System.out.println(client);
        mock.enqueueJson(MockNjalla.fixture("add-token").get("response").toString());
        attempt(() -> System.out.println(client.tokens().add(AddTokenRequest.builder()
                .acme(true).build())));
        mock.enqueueJson(MockNjalla.fixture("list-tokens").get("response").toString());
        attempt(() -> System.out.println(client.tokens().list()));
        mock.enqueueJson(MockNjalla.fixture("edit-token").get("response").toString());
        attempt(() -> client.tokens().edit(EditTokenRequest.builder(KEY).comment("c").build()));
        System.out.println(EditTokenRequest.builder(KEY).comment("c").build());
        mock.enqueueJson(MockNjalla.fixture("list-records").get("response").toString());
        attempt(() -> client.records().list("example.com"));
        mock.enqueue(new MockResponse().setResponseCode(502).setBody("<html>502</html>"));
        mock.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "0"));
        mock.enqueueResult("{\"domains\": []}");
        attempt(() -> client.domains().list());
    }

    private static void errorPaths(MockNjalla mock) {
        NjallaClient client = mock.builder().maxRetries(0).build();
        mock.enqueueError(403, "permission denied for token " + MockNjalla.TOKEN);
        attempt(() -> client.records().list("example.net"));
        mock.enqueueError(-32000, "Invalid arguments");
        attempt(() -> client.tokens().remove(KEY));
        mock.enqueue(new MockResponse().setResponseCode(502).setBody("<html>bad gateway for "
                + "Authorization: Njalla " + MockNjalla.TOKEN + "</html>"));
        attempt(() -> client.records().add(AddRecordRequest.txt("example.com", "x", "v", 60)));
        mock.enqueueJson("{\"jsonrpc\": \"2.0\", \"key\": \"" + KEY + "\"}");
        attempt(() -> client.tokens().list());
        mock.enqueueJson("{\"result\": {\"key\": \"" + KEY + "\"");
        attempt(() -> client.tokens().add(AddTokenRequest.builder().build()));
        mock.enqueue(new MockResponse().setResponseCode(200));
        attempt(() -> client.call("get-balance", Map.of("password", PASSWORD)));
    }

    private static void sessionPaths(MockNjalla mock) {
        NjallaClient client = NjallaClient.builder().apiUrl(mock.apiUrl())
                .maxRetries(0).build();
        mock.enqueueError(403, "Invalid login");
        attempt(() -> client.user().login("owner@example.com", PASSWORD));
        mock.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
                .addHeader("Set-Cookie", "sessionid=s3ss10nv4lu3; Path=/")
                .setBody("{\"result\": {}, \"jsonrpc\": \"2.0\"}"));
        attempt(() -> client.user().loginXmpp("owner@xmpp.example.org", PASSWORD));
        System.out.println(client);
        mock.enqueue(new MockResponse().setResponseCode(500).setBody("oops"));
        attempt(() -> client.user().logout());
    }

    private static void noResponsePaths(MockNjalla mock) throws IOException {
        NjallaClient slow = mock.builder().readTimeout(Duration.ofMillis(300)).maxRetries(1)
                .build();
        mock.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        mock.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        attempt(() -> slow.domains().get("example.com"));
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        NjallaClient refused = NjallaClient.builder()
                .apiUrl(URI.create("http://127.0.0.1:" + port + "/api/1/"))
                .token(MockNjalla.TOKEN).maxRetries(0).build();
        attempt(() -> refused.records().list("example.com"));
        attempt(() -> refused.tokens().edit(EditTokenRequest.builder(KEY)
                .from(List.of("192.0.2.1")).build()));
    }
}

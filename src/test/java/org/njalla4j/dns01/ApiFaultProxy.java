package org.njalla4j.dns01;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * A MockWebServer in front of the emulator's API that forwards every request and can
 * lose the response of chosen calls: the emulator may apply a request whose response
 * the client never receives, which is the ambiguous failure the publisher reconciles.
 */
final class ApiFaultProxy implements AutoCloseable {

    /** The failure applied to one request of a given method. */
    enum Fault {
        /** Forward, then drop the connection: applied, no response. */
        APPLY_THEN_DISCONNECT,
        /** Forward, then respond with HTTP 502 and an HTML page: applied, no JSON. */
        APPLY_THEN_502,
        /** Drop the connection without forwarding: not applied, no response. */
        DISCONNECT
    }

    private record Planned(String method, Fault fault) {
    }

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient http = new OkHttpClient();
    private final URI target;
    private final Deque<Planned> plan = new ArrayDeque<>();
    private final List<String> methods = new CopyOnWriteArrayList<>();

    ApiFaultProxy(URI target) throws IOException {
        this.target = target;
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return handle(request);
            }
        });
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
    }

    URI url() {
        return server.url("/api/1/").uri();
    }

    /** Applies {@code fault} to the next request of {@code method}. */
    synchronized void fail(String method, Fault fault) {
        plan.add(new Planned(method, fault));
    }

    /** Wire names of the methods received, in order. */
    List<String> methods() {
        return List.copyOf(methods);
    }

    private MockResponse handle(RecordedRequest request) {
        String body = request.getBody().readUtf8();
        String method = methodOf(body);
        methods.add(method);
        Fault fault = takeFault(method);
        if (fault == Fault.DISCONNECT) {
            return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
        }
        MockResponse forwarded = forward(request, body);
        if (fault == Fault.APPLY_THEN_DISCONNECT) {
            return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
        }
        if (fault == Fault.APPLY_THEN_502) {
            return new MockResponse().setResponseCode(502)
                    .setHeader("Content-Type", "text/html")
                    .setBody("<html><body>502 Bad Gateway</body></html>");
        }
        return forwarded;
    }

    private synchronized Fault takeFault(String method) {
        for (Planned planned : plan) {
            if (planned.method().equals(method)) {
                plan.remove(planned);
                return planned.fault();
            }
        }
        return null;
    }

    private MockResponse forward(RecordedRequest request, String body) {
        Request.Builder out = new Request.Builder().url(target.toString())
                .post(RequestBody.create(body, JSON));
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            out.header("Authorization", authorization);
        }
        try (Response response = http.newCall(out.build()).execute()) {
            return new MockResponse().setResponseCode(response.code())
                    .setHeader("Content-Type", "application/json")
                    .setBody(response.body() == null ? "" : response.body().string());
        } catch (IOException e) {
            return new MockResponse().setResponseCode(599).setBody(e.toString());
        }
    }

    private static String methodOf(String body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body)
                    .path("method").asText();
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}

package org.njalla4j.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Proxy;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client for the Njalla JSON-RPC API. Instances are immutable and thread-safe; build
 * one with {@link #builder()} and share it.
 *
 * <p>Typed methods live in one facade per family ({@link #records()},
 * {@link #tokens()}, ...). {@link #call(String, Map)} sends any method by its wire name.
 */
public final class NjallaClient {

    /** The registrar's public endpoint. */
    public static final URI DEFAULT_API_URL = URI.create("https://njal.la/api/1/");

    /** Default time allowed to open a connection. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** Default time allowed for the whole response after the request is sent. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(NjallaClient.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final int EXCERPT_LENGTH = 120;

    static final ObjectMapper MAPPER = new ObjectMapper();

    private final URI apiUrl;
    private final String token;
    private final OkHttpClient http;
    private final AtomicLong nextId = new AtomicLong(1);

    private NjallaClient(Builder builder) {
        this.apiUrl = builder.apiUrl;
        this.token = builder.token;
        OkHttpClient.Builder http = new OkHttpClient.Builder()
                .connectTimeout(builder.connectTimeout)
                .readTimeout(builder.readTimeout)
                .retryOnConnectionFailure(false);
        if (builder.proxy != null) {
            http.proxy(builder.proxy);
        }
        this.http = http.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The endpoint this client posts to. */
    public URI apiUrl() {
        return apiUrl;
    }

    /** DNS record methods: list-records, add-record, edit-record, remove-record. */
    public RecordsApi records() {
        return new RecordsApi(this);
    }

    /** API token methods: add-token, edit-token, list-tokens, remove-token. */
    public TokensApi tokens() {
        return new TokensApi(this);
    }

    /**
     * Sends one JSON-RPC request and returns its {@code result}. Blocks until the
     * response arrives or a timeout expires.
     *
     * @param method wire name, such as {@code list-records}
     * @param params request parameters; null values are left out
     * @throws NjallaApiException when the response carries an {@code error} member
     * @throws NjallaTransportException when no JSON-RPC response arrived
     * @throws MalformedResponseException when the JSON has neither result nor error
     */
    public JsonNode call(String method, Map<String, ?> params) throws NjallaException {
        Objects.requireNonNull(method, "method");
        ObjectNode envelope = MAPPER.createObjectNode();
        envelope.put("jsonrpc", "2.0");
        envelope.put("method", method);
        ObjectNode paramsNode = envelope.putObject("params");
        if (params != null) {
            params.forEach((name, value) -> {
                if (value != null) {
                    paramsNode.set(name, MAPPER.valueToTree(value));
                }
            });
        }
        envelope.put("id", Long.toString(nextId.getAndIncrement()));
        return send(method, envelope);
    }

    private JsonNode send(String method, ObjectNode envelope) throws NjallaException {
        Request.Builder request = new Request.Builder()
                .url(apiUrl.toString())
                .header("Accept", "application/json")
                .post(RequestBody.create(envelope.toString(), JSON));
        if (token != null) {
            request.header("Authorization", "Njalla " + token);
        }
        long start = System.nanoTime();
        try (Response response = http.newCall(request.build()).execute()) {
            String body = readBody(response.body());
            LOG.debug("{} returned HTTP {} in {} ms", method, response.code(),
                    (System.nanoTime() - start) / 1_000_000);
            return interpret(method, response.code(), body);
        } catch (InterruptedIOException e) {
            throw new NjallaTransportException(method, 0,
                    method + " timed out after " + elapsed(start) + " ms at " + apiUrl, e);
        } catch (IOException e) {
            throw new NjallaTransportException(method, 0,
                    method + " failed: cannot reach " + apiUrl + ": " + e.getMessage(), e);
        }
    }

    private static String readBody(ResponseBody body) throws IOException {
        return body == null ? "" : body.string();
    }

    private JsonNode interpret(String method, int status, String body) throws NjallaException {
        JsonNode json;
        try {
            json = body.isBlank() ? null : MAPPER.readTree(body);
        } catch (IOException e) {
            json = null;
        }
        if (json == null || !json.isObject()) {
            throw new NjallaTransportException(method, status, method + " failed: HTTP " + status
                    + " from " + apiUrl + " is not a JSON-RPC response: " + excerpt(body), null);
        }
        JsonNode error = json.get("error");
        if (error != null && !error.isNull()) {
            throw new NjallaApiException(method, error.path("code").asInt(0),
                    error.path("message").asText(""));
        }
        if (status != 200) {
            throw new NjallaTransportException(method, status,
                    method + " failed: HTTP " + status + " from " + apiUrl + ": " + excerpt(body), null);
        }
        JsonNode result = json.get("result");
        if (result == null) {
            throw new MalformedResponseException(method + " returned neither result nor error: "
                    + excerpt(body));
        }
        return result;
    }

    private static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        if (flat.isEmpty()) {
            return "(empty body)";
        }
        return flat.length() <= EXCERPT_LENGTH ? flat : flat.substring(0, EXCERPT_LENGTH) + "...";
    }

    private static long elapsed(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    @Override
    public String toString() {
        return "NjallaClient{apiUrl=" + apiUrl + ", token=" + (token == null ? "none" : "(redacted)")
                + "}";
    }

    /** Builder for {@link NjallaClient}. */
    public static final class Builder {
        private URI apiUrl = DEFAULT_API_URL;
        private String token;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private Proxy proxy;

        private Builder() {
        }

        public Builder apiUrl(URI apiUrl) {
            this.apiUrl = Objects.requireNonNull(apiUrl, "apiUrl");
            return this;
        }

        /**
         * Sets the API token sent as {@code Authorization: Njalla <token>}. Surrounding
         * whitespace and double quotes, which users paste by mistake, are removed.
         */
        public Builder token(String token) {
            Objects.requireNonNull(token, "token");
            this.token = token.strip().replace("\"", "");
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
            return this;
        }

        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
            return this;
        }

        /** Sends requests through an HTTP or SOCKS proxy, for example Tor for the onion endpoint. */
        public Builder proxy(Proxy proxy) {
            this.proxy = Objects.requireNonNull(proxy, "proxy");
            return this;
        }

        public NjallaClient build() {
            return new NjallaClient(this);
        }
    }
}

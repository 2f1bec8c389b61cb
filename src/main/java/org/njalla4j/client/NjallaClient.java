package org.njalla4j.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;

/**
 * A client for the Njalla JSON-RPC API. Instances are thread-safe; build one with
 * {@link #builder()} and share it. The only mutable state is the cookie jar of a
 * {@link UserApi#login login} session.
 *
 * <p>Typed methods live in one facade per family ({@link #records()},
 * {@link #tokens()}, ...). {@link #call(String, Map)} sends any method by its wire name.
 *
 * <p>Methods that {@link ApiMethod#readOnly() change nothing} are sent again after a
 * transport failure, an HTTP 5xx or a 429, up to {@link Builder#maxRetries(int)} times.
 * Every other method, and any wire name the {@link ApiMethod} catalogue does not list,
 * is sent once: {@code add-record} in particular appends a record on every call, so
 * after a failure the caller lists the records to learn whether it was created.
 *
 * <p>Each request logs one debug line (method, status and duration) on this class's
 * logger. Bodies are logged, with secrets redacted, only when the logger
 * {@code org.njalla4j.client.wire} is at debug.
 */
public final class NjallaClient {

    /** The registrar's public endpoint. */
    public static final URI DEFAULT_API_URL = URI.create("https://njal.la/api/1/");

    /** Default time allowed to open a connection. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** Default time allowed between bytes of the response (OkHttp's read timeout). */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    /** Default number of extra attempts for a read-only method. */
    public static final int DEFAULT_MAX_RETRIES = 3;

    /** Default wait before the first retry; it doubles for each further retry. */
    public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofMillis(500);

    /** Upper bound of one wait between attempts, also for a server's {@code Retry-After}. */
    public static final Duration MAX_RETRY_DELAY = RetryPolicy.MAX_DELAY;

    static final ObjectMapper MAPPER = new ObjectMapper();

    private final URI apiUrl;
    private final boolean hasToken;
    private final SessionCookieJar cookies = new SessionCookieJar();
    private final JsonRpcTransport transport;
    private final AtomicLong nextId = new AtomicLong(1);

    private NjallaClient(Builder builder) {
        this.apiUrl = builder.apiUrl;
        this.hasToken = builder.token != null;
        OkHttpClient.Builder http = new OkHttpClient.Builder()
                .connectTimeout(builder.connectTimeout)
                .readTimeout(builder.readTimeout)
                .retryOnConnectionFailure(false)
                // A redirect would re-send the request, token included, somewhere the
                // caller did not configure, so a 3xx is reported as a failure instead.
                .followRedirects(false)
                .followSslRedirects(false)
                .cookieJar(cookies);
        if (builder.proxy != null) {
            http.proxy(builder.proxy);
        }
        if ("http".equalsIgnoreCase(apiUrl.getScheme())) {
            // A plain-HTTP endpoint (the emulator, an onion address) needs no TLS; leaving
            // TLS out skips loading the trust store, which dominates a hook's start-up.
            http.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
        }
        RetryPolicy retry = new RetryPolicy(builder.maxRetries, builder.retryBackoff,
                Clock.systemUTC(), builder.sleeper);
        this.transport = new JsonRpcTransport(apiUrl, builder.token, http.build(), cookies, retry);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The endpoint this client posts to. */
    public URI apiUrl() {
        return apiUrl;
    }

    /** API tokens and long-running tasks. */
    public TokensApi tokens() {
        return new TokensApi(this);
    }

    /** Domains: listing, details, search, TLDs, settings, zone import, registration. */
    public DomainsApi domains() {
        return new DomainsApi(this);
    }

    /** DNS record methods: list-records, add-record, edit-record, remove-record. */
    public RecordsApi records() {
        return new RecordsApi(this);
    }

    /** Glue records of a domain. */
    public GlueApi glue() {
        return new GlueApi(this);
    }

    /** Email forwards of a domain. */
    public ForwardsApi forwards() {
        return new ForwardsApi(this);
    }

    /** DNSSEC records (DS data or public keys) of a domain. */
    public DnssecApi dnssec() {
        return new DnssecApi(this);
    }

    /** Virtual servers and their extra traffic packages. */
    public ServersApi servers() {
        return new ServersApi(this);
    }

    /** VPN clients. */
    public VpnsApi vpns() {
        return new VpnsApi(this);
    }

    /** Account session (login, logout) and account deletion. */
    public UserApi user() {
        return new UserApi(this);
    }

    /** Wallet balance, payments and transactions. */
    public WalletApi wallet() {
        return new WalletApi(this);
    }

    /** Whether a login session's cookies are held, so calls work without a token. */
    public boolean hasSession() {
        return cookies.hasCookies();
    }

    SessionCookieJar cookies() {
        return cookies;
    }

    /**
     * Sends one JSON-RPC request and returns its {@code result}. Blocks until the
     * response arrives or every attempt has timed out.
     *
     * @param method wire name, such as {@code list-records}
     * @param params request parameters; null values are left out, and a Jackson
     *     {@code NullNode} sends an explicit JSON null
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
        boolean readOnly = ApiMethod.byWireName(method).map(ApiMethod::readOnly).orElse(false);
        return transport.send(method, envelope.toString(), readOnly);
    }

    @Override
    public String toString() {
        return "NjallaClient{apiUrl=" + apiUrl + ", token=" + (hasToken ? "(redacted)" : "none")
                + ", session=" + (hasSession() ? "(redacted)" : "none") + "}";
    }

    /** Builder for {@link NjallaClient}. */
    public static final class Builder {
        private URI apiUrl = DEFAULT_API_URL;
        private String token;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private Proxy proxy;
        private int maxRetries = DEFAULT_MAX_RETRIES;
        private Duration retryBackoff = DEFAULT_RETRY_BACKOFF;
        private RetryPolicy.Sleeper sleeper = RetryPolicy.THREAD_SLEEPER;

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

        /**
         * Sends requests through an HTTP or SOCKS proxy, for example Tor for the onion
         * endpoint.
         */
        public Builder proxy(Proxy proxy) {
            this.proxy = Objects.requireNonNull(proxy, "proxy");
            return this;
        }

        /**
         * Sets how many times a read-only method is sent again after a failure (default
         * 3); 0 disables retries.
         */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("invalid maxRetries " + maxRetries
                        + "; use 0 or more");
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /** Sets the wait before the first retry (default 500 ms); it doubles per retry. */
        public Builder retryBackoff(Duration retryBackoff) {
            Objects.requireNonNull(retryBackoff, "retryBackoff");
            if (retryBackoff.isNegative()) {
                throw new IllegalArgumentException("invalid retryBackoff " + retryBackoff
                        + "; use zero or a positive duration");
            }
            this.retryBackoff = retryBackoff;
            return this;
        }

        /** Replaces the wait between attempts; tests record the waits instead of sleeping. */
        Builder sleeper(RetryPolicy.Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        public NjallaClient build() {
            return new NjallaClient(this);
        }
    }
}

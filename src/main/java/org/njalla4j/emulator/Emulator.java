package org.njalla4j.emulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local stand-in for the Njalla service: the JSON-RPC API with all 54 methods over
 * in-memory state, and an authoritative DNS server on one UDP and TCP port. The DNS
 * server serves the account's zones from the same state after a configurable
 * propagation delay.
 *
 * <pre>{@code
 * try (Emulator em = Emulator.builder().domains("example.com").start()) {
 *     NjallaClient client = NjallaClient.builder()
 *             .apiUrl(em.apiUrl()).token(em.fullAccessToken()).build();
 *     ...
 * }
 * }</pre>
 *
 * <p>Both servers bind 127.0.0.1 on ephemeral ports unless configured otherwise. The
 * emulator is thread-safe; {@link #close()} stops both servers.
 */
public final class Emulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Emulator.class);

    /** The names of Njalla's authoritative nameservers, served as each zone's NS set. */
    public static final List<String> NJALLA_NAMESERVERS =
            List.of("1-you.njalla.no", "2-can.njalla.in", "3-get.njalla.fo");

    static {
        // The JDK HTTP server writes headers and body separately; without TCP_NODELAY,
        // Nagle's algorithm and delayed ACKs add about 40 ms to every response.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final EmulatorState state;
    private final FaultInjector faults;
    private final HttpServer http;
    private final ExecutorService httpWorkers;
    private final DnsServer dns;
    private final String fullAccessToken;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Emulator(EmulatorState state, FaultInjector faults, HttpServer http,
            ExecutorService httpWorkers, DnsServer dns, String fullAccessToken) {
        this.state = state;
        this.faults = faults;
        this.http = http;
        this.httpWorkers = httpWorkers;
        this.dns = dns;
        this.fullAccessToken = fullAccessToken;
    }

    /** Starts configuring an emulator; every setting has a default. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the JSON-RPC endpoint, such as {@code http://127.0.0.1:41234/api/1/}. */
    public URI apiUrl() {
        InetSocketAddress address = http.getAddress();
        String host = address.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + address.getPort() + "/api/1/");
    }

    /** Address of the authoritative DNS server; UDP and TCP share it. */
    public InetSocketAddress dnsAddress() {
        return dns.address();
    }

    /**
     * Returns the key of the account's unrestricted token. The state file stores it, so
     * a restart with the same file keeps it. Treat it as a secret.
     */
    public String fullAccessToken() {
        return fullAccessToken;
    }

    /**
     * Adds a domain to the account, active for one year, with no records; does nothing
     * when the account already has it. Unicode names are stored as A-labels.
     *
     * @throws IllegalArgumentException when {@code domain} is not a valid domain name
     */
    public void addDomain(String domain) {
        Objects.requireNonNull(domain, "domain");
        synchronized (state) {
            DomainMethods.addToAccount(state, domain, 1);
            state.save();
        }
    }

    /** Turns SERVFAIL for every DNS query of the emulated zones on or off. */
    public void setDnsServfail(boolean servfail) {
        faults.setServfail(servfail);
    }

    /** Stops both servers. The state file already contains every change. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        http.stop(0);
        httpWorkers.shutdownNow();
        dns.close();
        LOG.debug("emulator stopped");
    }

    /** Settings for an emulator; every one has a default. */
    public static final class Builder {

        /** Default time a pending task or payment takes to complete. */
        public static final Duration DEFAULT_TASK_DURATION = Duration.ofSeconds(2);
        /** Default number of status checks after which a pending task completes. */
        public static final int DEFAULT_TASK_CHECKS = 3;

        private final List<String> domains = new ArrayList<>();
        private Duration propagationDelay = Duration.ZERO;
        private Path stateFile;
        private boolean numericIds;
        private Faults faults = Faults.none();
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private int apiPort;
        private int dnsPort;
        private List<String> nameservers = NJALLA_NAMESERVERS;
        private Clock clock = Clock.systemUTC();
        private String accountEmail = "emulator@example.com";
        private String accountPassword;
        private int walletBalance;
        private Duration taskDuration = DEFAULT_TASK_DURATION;
        private int taskChecks = DEFAULT_TASK_CHECKS;

        private Builder() {
        }

        /** Domains the account owns from the start (added when missing from the state). */
        public Builder domains(String... names) {
            for (String name : names) {
                domains.add(Objects.requireNonNull(name, "domain"));
            }
            return this;
        }

        /** Domains the account owns from the start (added when missing from the state). */
        public Builder domains(List<String> names) {
            return domains(names.toArray(String[]::new));
        }

        /** Sets how long a record change takes to show on DNS; default zero. */
        public Builder propagationDelay(Duration delay) {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("invalid propagation delay " + delay
                        + "; give zero or a positive duration");
            }
            this.propagationDelay = delay;
            return this;
        }

        /** File that keeps the state across restarts; default none (memory only). */
        public Builder stateFile(Path file) {
            this.stateFile = Objects.requireNonNull(file, "file");
            return this;
        }

        /** Sends record ids as JSON numbers (as before mid-2022) instead of strings. */
        public Builder numericIds(boolean numeric) {
            this.numericIds = numeric;
            return this;
        }

        /** Failures to inject; default {@link Faults#none()}. */
        public Builder faults(Faults faults) {
            this.faults = Objects.requireNonNull(faults, "faults");
            return this;
        }

        /** Address both servers bind; default the IPv4 or IPv6 loopback address. */
        public Builder bindAddress(InetAddress address) {
            this.bindAddress = Objects.requireNonNull(address, "address");
            return this;
        }

        /** API port; default 0, an ephemeral port. */
        public Builder apiPort(int port) {
            this.apiPort = checkPort(port);
            return this;
        }

        /** DNS port for UDP and TCP; default 0, an ephemeral port free for both. */
        public Builder dnsPort(int port) {
            this.dnsPort = checkPort(port);
            return this;
        }

        /** Host names served as each zone's NS set; default {@link #NJALLA_NAMESERVERS}. */
        public Builder nameservers(List<String> names) {
            if (names.isEmpty()) {
                throw new IllegalArgumentException("no nameservers given; give at least one NS"
                        + " host name");
            }
            this.nameservers = List.copyOf(names);
            return this;
        }

        /** Clock for propagation, tasks and expiry dates; tests pass one they control. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** E-mail address of the emulated account, for {@code login}. */
        public Builder accountEmail(String email) {
            this.accountEmail = Objects.requireNonNull(email, "email");
            return this;
        }

        /** Password for {@code login}; without one, login always fails. */
        public Builder accountPassword(String password) {
            this.accountPassword = Objects.requireNonNull(password, "password");
            return this;
        }

        /** Wallet balance in euros of a new account (a loaded state keeps its own). */
        public Builder walletBalance(int euros) {
            if (euros < 0) {
                throw new IllegalArgumentException("invalid wallet balance " + euros
                        + "; give zero or more euros");
            }
            this.walletBalance = euros;
            return this;
        }

        /** Time after which pending tasks and payments complete. */
        public Builder taskDuration(Duration duration) {
            this.taskDuration = Objects.requireNonNull(duration, "duration");
            return this;
        }

        /** Number of status checks after which a pending task or payment completes. */
        public Builder taskChecks(int checks) {
            if (checks < 1) {
                throw new IllegalArgumentException("invalid task check count " + checks
                        + "; give 1 or more");
            }
            this.taskChecks = checks;
            return this;
        }

        /**
         * Loads the state file if there is one, adds the configured domains, and starts
         * the API and DNS servers.
         *
         * @throws IOException when a port cannot be bound or the state file is unreadable
         * @throws IllegalArgumentException when the state file's content is not valid
         */
        public Emulator start() throws IOException {
            StateStore store = stateFile == null ? null : new StateStore(stateFile);
            AccountState account = store == null ? null : store.load().orElse(null);
            boolean loaded = account != null;
            if (account == null) {
                account = new AccountState();
                account.balance = walletBalance;
            }
            account.email = accountEmail;
            if (accountPassword != null) {
                account.passwordSha256 = sha256(accountPassword);
            }
            EmulatorState state = new EmulatorState(account, new EmulatorState.Settings(clock,
                    propagationDelay, numericIds, nameservers, taskDuration, taskChecks), store);
            return launch(state, loaded);
        }

        private Emulator launch(EmulatorState state, boolean loaded) throws IOException {
            Instant now = state.now();
            String token;
            synchronized (state) {
                state.account.domains.values().forEach(d -> d.publishAll(now));
                for (String domain : domains) {
                    DomainMethods.addToAccount(state, domain, 1);
                }
                token = ensureFullAccessToken(state);
                state.save();
            }
            FaultInjector injector = new FaultInjector(faults, now);
            DnsServer dns = DnsServer.start(new DnsResponder(state,
                    () -> injector.servfail(state.now())), bindAddress, dnsPort);
            HttpServer http;
            ExecutorService workers = Executors.newFixedThreadPool(8, daemonThreads());
            try {
                http = HttpServer.create(new InetSocketAddress(bindAddress, apiPort), 64);
            } catch (IOException e) {
                dns.close();
                workers.shutdownNow();
                throw new IOException("cannot bind API port " + apiPort + " on "
                        + bindAddress.getHostAddress() + ": " + e.getMessage(), e);
            }
            http.createContext("/api/1/", new ApiHandler(state, injector, methodTable()));
            http.createContext("/update/", new DynamicUpdateHandler(state));
            http.setExecutor(workers);
            Emulator emulator = new Emulator(state, injector, http, workers, dns, token);
            state.setUpdateUrl(emulator.apiUrl().resolve("/update/").toString());
            http.start();
            LOG.debug("emulator started (state {})", loaded ? "loaded" : "new");
            return emulator;
        }

        private static String ensureFullAccessToken(EmulatorState state) {
            for (TokenState token : state.account.tokens) {
                if (token.key.equals(state.account.fullAccessKey)) {
                    return token.key;
                }
            }
            TokenState token = new TokenState();
            token.key = state.newKey();
            token.created = state.timestamp();
            token.comment = "emulator full access";
            state.account.tokens.add(token);
            state.account.fullAccessKey = token.key;
            return token.key;
        }

        private static java.util.concurrent.ThreadFactory daemonThreads() {
            return runnable -> {
                Thread thread = new Thread(runnable, "njalla-emulator-api");
                thread.setDaemon(true);
                return thread;
            };
        }

        private static int checkPort(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("invalid port " + port
                        + "; give 1 to 65535, or 0 for a free port");
            }
            return port;
        }
    }

    static Map<String, MethodHandler> methodTable() {
        Map<String, MethodHandler> table = new HashMap<>();
        RecordMethods.register(table);
        TokenMethods.register(table);
        Tasks.register(table);
        DomainMethods.register(table);
        WalletMethods.register(table);
        DomainExtrasMethods.register(table);
        ZoneImport.register(table);
        ServerMethods.register(table);
        VpnMethods.register(table);
        UserMethods.register(table);
        return Map.copyOf(table);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}

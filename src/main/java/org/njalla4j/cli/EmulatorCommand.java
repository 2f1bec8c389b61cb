package org.njalla4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.njalla4j.emulator.Emulator;
import org.njalla4j.emulator.Faults;
import org.xbill.DNS.Address;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code njalla emulator}: runs the Njalla emulator (API and authoritative DNS) until
 * SIGINT or SIGTERM. When ready it prints one JSON line with the API URL, the DNS
 * address and the full-access token, and writes the same line to {@code --ready-file}.
 */
@Command(name = "emulator", mixinStandardHelpOptions = true,
        description = "Run a local Njalla stand-in: the JSON-RPC API and an authoritative "
                + "DNS server for the given domains, on 127.0.0.1 by default.")
public final class EmulatorCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--domains", split = ",", paramLabel = "DOMAIN",
            description = "Domains the emulated account owns, comma-separated.")
    private List<String> domains = new ArrayList<>();

    @Option(names = "--api-port", paramLabel = "PORT", defaultValue = "0",
            description = "API port; 0 (default) picks a free one.")
    private int apiPort;

    @Option(names = "--dns-port", paramLabel = "PORT", defaultValue = "0",
            description = "DNS port for UDP and TCP; 0 (default) picks a free one.")
    private int dnsPort;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "IP address both servers listen on (default ${DEFAULT-VALUE}).")
    private String bind;

    @Option(names = "--propagation-delay", paramLabel = "DURATION", defaultValue = "0s",
            converter = DurationConverter.ZeroOrMore.class,
            description = "Time before a record change shows on DNS, e.g. 5s or 500ms.")
    private Duration propagationDelay;

    @Option(names = "--state", paramLabel = "FILE",
            description = "Keep state in FILE (mode 0600) across restarts.")
    private Path stateFile;

    @Option(names = "--ready-file", paramLabel = "FILE",
            description = "Also write the ready line to FILE (mode 0600, because it "
                    + "contains the token).")
    private Path readyFile;

    @Option(names = "--numeric-ids", description = "Send record ids as JSON numbers.")
    private boolean numericIds;

    @Option(names = "--nameservers", split = ",", paramLabel = "HOST",
            description = "NS names served for each zone (default: Njalla's three).")
    private List<String> nameservers = new ArrayList<>();

    @Option(names = "--wallet", paramLabel = "EUROS", defaultValue = "0",
            description = "Wallet balance of a new account, in euros.")
    private int wallet;

    @Option(names = "--account-email", paramLabel = "EMAIL",
            defaultValue = "emulator@example.com", description = "E-mail for login.")
    private String accountEmail;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File whose first line is the login password; without it, "
                    + "login always fails.")
    private Path passwordFile;

    @Option(names = "--task-duration", paramLabel = "DURATION", defaultValue = "2s",
            converter = DurationConverter.ZeroOrMore.class,
            description = "Time after which tasks and payments complete.")
    private Duration taskDuration;

    @Option(names = "--task-checks", paramLabel = "N", defaultValue = "3",
            description = "Status checks after which tasks and payments complete.")
    private int taskChecks;

    @Option(names = "--latency", paramLabel = "DURATION", defaultValue = "0s",
            converter = DurationConverter.ZeroOrMore.class,
            description = "Fault: delay added to every API response.")
    private Duration latency;

    @Option(names = "--fail-502", paramLabel = "RATE", defaultValue = "0",
            description = "Fault: fraction (0-1) of requests that get an HTTP 502 response.")
    private double badGatewayRate;

    @Option(names = "--fail-reset", paramLabel = "RATE", defaultValue = "0",
            description = "Fault: fraction (0-1) of connections closed without a response.")
    private double resetRate;

    @Option(names = "--fail-429", paramLabel = "RATE", defaultValue = "0",
            description = "Fault: fraction (0-1) of requests that get an HTTP 429 response.")
    private double tooManyRequestsRate;

    @Option(names = "--retry-after", paramLabel = "DURATION", defaultValue = "1s",
            converter = DurationConverter.ZeroOrMore.class,
            description = "Fault: Retry-After value sent with 429 replies.")
    private Duration retryAfter;

    @Option(names = "--fail-method", paramLabel = "METHOD:CODE:MESSAGE[:TIMES]",
            description = "Fault: JSON-RPC error for a method, for the first TIMES calls "
                    + "or all; e.g. add-record:-32000:Invalid arguments:2. Repeatable.")
    private List<String> methodFailures = new ArrayList<>();

    @Option(names = "--dns-servfail-for", paramLabel = "DURATION", defaultValue = "0s",
            converter = DurationConverter.ZeroOrMore.class,
            description = "Fault: answer DNS queries with SERVFAIL for this long after start.")
    private Duration dnsServfailFor;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed for the random fault choices.")
    private long seed;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private boolean closed;

    @Override
    public Integer call() throws Exception {
        Emulator emulator;
        try {
            emulator = configure().start();
        } catch (IllegalArgumentException e) {
            return fail(e, 2);
        } catch (IOException e) {
            return fail(e, 3);
        }
        Thread hook = new Thread(() -> shutdown(emulator), "njalla-emulator-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            announce(emulator);
            stopped.await();
        } finally {
            removeHook(hook);
            close(emulator);
        }
        return 0;
    }

    /**
     * Closes the emulator and reports it on standard error, once for both stop paths.
     * Synchronized so that the shutdown hook waits until the main thread has printed the
     * line, because the JVM halts as soon as the hook returns.
     */
    private synchronized void close(Emulator emulator) {
        if (!closed) {
            closed = true;
            emulator.close();
            PrintWriter err = spec.commandLine().getErr();
            err.println("njalla emulator: stopped");
            err.flush();
        }
    }

    private int fail(Exception e, int exitCode) {
        spec.commandLine().getErr().println("njalla emulator: " + e.getMessage());
        return exitCode;
    }

    /** Stops a running {@link #call()}, as SIGTERM would; for tests and embedding. */
    public void stop() {
        stopped.countDown();
    }

    private void shutdown(Emulator emulator) {
        stopped.countDown();
        close(emulator);
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down and runs the hook itself.
        }
    }

    private Emulator.Builder configure() {
        if (domains.isEmpty()) {
            throw new IllegalArgumentException("no domains; give at least one with "
                    + "--domains example.com");
        }
        checkOptions();
        Emulator.Builder builder = Emulator.builder().domains(domains)
                .bindAddress(address(bind)).apiPort(apiPort).dnsPort(dnsPort)
                .propagationDelay(propagationDelay).numericIds(numericIds)
                .walletBalance(wallet).accountEmail(accountEmail)
                .taskDuration(taskDuration).taskChecks(taskChecks).faults(faults());
        if (stateFile != null) {
            builder.stateFile(stateFile);
        }
        if (!nameservers.isEmpty()) {
            builder.nameservers(nameservers);
        }
        if (passwordFile != null) {
            builder.accountPassword(readPassword(passwordFile));
        }
        return builder;
    }

    /**
     * Checks the numeric options here, so that a message names the option rather than
     * the emulator builder's setting.
     */
    private void checkOptions() {
        checkPort("--api-port", apiPort);
        checkPort("--dns-port", dnsPort);
        checkRate("--fail-502", badGatewayRate);
        checkRate("--fail-reset", resetRate);
        checkRate("--fail-429", tooManyRequestsRate);
        if (wallet < 0) {
            throw new IllegalArgumentException("invalid --wallet " + wallet
                    + "; give zero or more euros");
        }
        if (taskChecks < 1) {
            throw new IllegalArgumentException("invalid --task-checks " + taskChecks
                    + "; give 1 or more");
        }
    }

    private static void checkPort(String option, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("invalid " + option + " " + port
                    + "; give a port from 1 to 65535, or 0 for a free one");
        }
    }

    private static void checkRate(String option, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("invalid " + option + " " + rate
                    + "; give a fraction from 0 to 1, such as 0.1 for one request in ten");
        }
    }

    private Faults faults() {
        Faults.Builder faults = Faults.builder().latency(latency)
                .badGatewayRate(badGatewayRate).resetRate(resetRate)
                .tooManyRequestsRate(tooManyRequestsRate).retryAfter(retryAfter)
                .dnsServfailFor(dnsServfailFor).seed(seed);
        methodFailures.forEach(f -> faults.failMethod(Faults.MethodFailure.parse(f)));
        return faults.build();
    }

    private static InetAddress address(String literal) {
        byte[] bytes = Address.toByteArray(literal, Address.IPv4);
        if (bytes == null) {
            bytes = Address.toByteArray(literal, Address.IPv6);
        }
        if (bytes == null) {
            throw new IllegalArgumentException("invalid --bind '" + literal
                    + "'; give an IP address such as 127.0.0.1 or ::1");
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException("invalid --bind '" + literal + "'", e);
        }
    }

    private static String readPassword(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || lines.get(0).isEmpty()) {
                throw new IllegalArgumentException("password file " + file
                        + " is empty; put the password on its first line");
            }
            return lines.get(0);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read password file " + file + ": "
                    + e.getMessage());
        }
    }

    private void announce(Emulator emulator) throws IOException {
        ObjectNode ready = new ObjectMapper().createObjectNode();
        InetSocketAddress dns = emulator.dnsAddress();
        String host = dns.getAddress().getHostAddress();
        ready.put("api_url", emulator.apiUrl().toString());
        ready.put("dns", (host.contains(":") ? "[" + host + "]" : host) + ":" + dns.getPort());
        ready.put("token", emulator.fullAccessToken());
        String line = ready.toString();
        if (readyFile != null) {
            AtomicFiles.writePrivate(readyFile, line + "\n");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(line);
        out.flush();
        spec.commandLine().getErr().println("njalla emulator: serving " + String.join(", ",
                domains) + "; stop with Ctrl-C");
    }
}

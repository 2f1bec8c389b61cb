package org.njalla4j.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;

/**
 * A real Pebble ACME test server (the {@code pebble} binary, 2.4.0 on Debian) running as a
 * child process on loopback, for integration tests.
 *
 * <p>Each instance gets a fresh working directory with a generated TLS CA and a server
 * certificate for {@code localhost}/{@code 127.0.0.1}, a configuration with ephemeral
 * ports, and a log file that captures Pebble's output. Pebble resolves every name through
 * the given DNS server only. {@code PEBBLE_VA_NOSLEEP=1} is always set, so validation
 * starts at once. {@link #close()} stops the process and deletes the directory.
 */
public final class PebbleServer implements AutoCloseable {

    /** Maximum time to wait for the directory to respond after the process starts. */
    public static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);

    private static final int START_ATTEMPTS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path workDir;
    private final int port;
    private final int managementPort;
    private final TestCertificates tls;

    private PebbleServer(Process process, Path workDir, int port, int managementPort,
            TestCertificates tls) {
        this.process = process;
        this.workDir = workDir;
        this.port = port;
        this.managementPort = managementPort;
        this.tls = tls;
    }

    /**
     * Starts Pebble that resolves names through {@code dnsServer}, with extra environment
     * variables such as {@code PEBBLE_WFE_NONCEREJECT=0} or {@code PEBBLE_AUTHZREUSE=0}.
     */
    public static PebbleServer start(InetSocketAddress dnsServer, Map<String, String> env)
            throws IOException {
        return builder(dnsServer).environment(env).start();
    }

    /** Returns a builder for a server that resolves names through {@code dnsServer}. */
    public static Builder builder(InetSocketAddress dnsServer) {
        return new Builder(dnsServer);
    }

    /** Returns the ACME directory URL, {@code https://127.0.0.1:PORT/dir}. */
    public URI directoryUrl() {
        return URI.create("https://127.0.0.1:" + port + "/dir");
    }

    /** Returns the management listener's base URL (roots, intermediates, cert status). */
    public URI managementUrl() {
        return URI.create("https://127.0.0.1:" + managementPort);
    }

    /** Returns the PEM file of the CA that signed Pebble's own TLS certificate. */
    public Path caCertFile() {
        return workDir.resolve("tls-ca.pem");
    }

    /** Returns an SSL context trusting only {@link #caCertFile()}. */
    public SSLContext sslContext() {
        return tls.sslContext();
    }

    /** Returns the file that captures Pebble's standard output and error. */
    public Path logFile() {
        return workDir.resolve("pebble.log");
    }

    /** Returns Pebble's output so far, for assertion messages. */
    public String log() {
        try {
            return Files.readString(logFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + logFile() + ": " + e.getMessage() + ")";
        }
    }

    /**
     * Fetches root {@code index} of the issuing hierarchy from the management listener.
     * Pebble generates a new hierarchy at every start.
     */
    public X509Certificate rootCertificate(int index) throws IOException {
        return fetchCertificate("/roots/" + index);
    }

    /** Fetches intermediate {@code index} from the management listener. */
    public X509Certificate intermediateCertificate(int index) throws IOException {
        return fetchCertificate("/intermediates/" + index);
    }

    /** Returns whether the Pebble process is still running. */
    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        stop(process);
        deleteTree(workDir);
    }

    private X509Certificate fetchCertificate(String path) throws IOException {
        HttpResponse<byte[]> response = get(managementUrl().resolve(path), tls.sslContext(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " returned HTTP " + response.statusCode());
        }
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(response.body()));
        } catch (GeneralSecurityException e) {
            throw new IOException("GET " + path + " returned no certificate", e);
        }
    }

    private static <T> HttpResponse<T> get(URI uri, SSLContext ssl,
            HttpResponse.BodyHandler<T> handler) throws IOException {
        HttpClient client = HttpClient.newBuilder().sslContext(ssl)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .GET().build();
        try {
            return client.send(request, handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while requesting " + uri, e);
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover temporary directory does no harm to later tests.
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Options for a Pebble instance; every one has a test-friendly default. */
    public static final class Builder {

        private final InetSocketAddress dnsServer;
        private final Map<String, String> env = new LinkedHashMap<>();
        private final Map<String, String> eabKeys = new LinkedHashMap<>();
        private boolean eabRequired;
        private String binary = "pebble";

        private Builder(InetSocketAddress dnsServer) {
            this.dnsServer = Objects.requireNonNull(dnsServer, "dnsServer");
            if (!dnsServer.getAddress().isLoopbackAddress()) {
                throw new IllegalArgumentException("DNS server must be on loopback: "
                        + dnsServer);
            }
        }

        /** Adds environment variables for the Pebble process. */
        public Builder environment(Map<String, String> variables) {
            env.putAll(variables);
            return this;
        }

        /** Adds one environment variable for the Pebble process. */
        public Builder environment(String name, String value) {
            env.put(name, value);
            return this;
        }

        /**
         * Requires external account binding, with the given key identifiers and their
         * base64url-encoded HMAC keys.
         */
        public Builder externalAccountBinding(Map<String, String> macKeysByKid) {
            eabKeys.putAll(macKeysByKid);
            eabRequired = true;
            return this;
        }

        /** Sets the Pebble executable, {@code pebble} from the PATH by default. */
        public Builder binary(String path) {
            binary = Objects.requireNonNull(path, "path");
            return this;
        }

        /**
         * Starts Pebble and waits until its directory responds. Retries with new ports if
         * another process took a chosen port in the meantime.
         */
        public PebbleServer start() throws IOException {
            Path dir = Files.createTempDirectory("pebble-");
            TestCertificates tls = TestCertificates.generate();
            tls.writeCaCertificate(dir.resolve("tls-ca.pem"));
            tls.writeServerCertificate(dir.resolve("tls-cert.pem"));
            tls.writeServerKey(dir.resolve("tls-key.pem"));
            IOException last = null;
            for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
                try {
                    return startOnce(dir, tls);
                } catch (PortInUseException e) {
                    last = e;
                }
            }
            deleteTree(dir);
            throw last;
        }

        private PebbleServer startOnce(Path dir, TestCertificates tls) throws IOException {
            int port = freePort();
            int managementPort = freePort();
            Path config = writeConfig(dir, port, managementPort);
            Process process = launch(dir, config);
            PebbleServer server = new PebbleServer(process, dir, port, managementPort, tls);
            try {
                awaitDirectory(server);
                return server;
            } catch (IOException | RuntimeException e) {
                stop(process);
                if (!(e instanceof PortInUseException)) {
                    deleteTree(dir);
                }
                throw e;
            }
        }

        private Path writeConfig(Path dir, int port, int managementPort) throws IOException {
            ObjectNode pebble = JSON.createObjectNode();
            pebble.put("listenAddress", "127.0.0.1:" + port);
            pebble.put("managementListenAddress", "127.0.0.1:" + managementPort);
            pebble.put("certificate", dir.resolve("tls-cert.pem").toString());
            pebble.put("privateKey", dir.resolve("tls-key.pem").toString());
            // Pebble connects to these ports only for HTTP-01 and TLS-ALPN-01.
            pebble.put("httpPort", freePort());
            pebble.put("tlsPort", freePort());
            pebble.put("ocspResponderURL", "");
            pebble.put("externalAccountBindingRequired", eabRequired);
            if (!eabKeys.isEmpty()) {
                ObjectNode keys = pebble.putObject("externalAccountMACKeys");
                eabKeys.forEach(keys::put);
            }
            ObjectNode root = JSON.createObjectNode();
            root.set("pebble", pebble);
            Path config = dir.resolve("pebble-config.json");
            JSON.writerWithDefaultPrettyPrinter().writeValue(config.toFile(), root);
            return config;
        }

        private Process launch(Path dir, Path config) throws IOException {
            String dns = dnsServer.getAddress().getHostAddress() + ":" + dnsServer.getPort();
            if (dnsServer.getAddress() instanceof java.net.Inet6Address) {
                dns = "[" + dnsServer.getAddress().getHostAddress() + "]:" + dnsServer.getPort();
            }
            ProcessBuilder pb = new ProcessBuilder(List.of(binary, "-config", config.toString(),
                    "-dnsserver", dns, "-strict=false"));
            pb.directory(dir.toFile());
            pb.environment().put("PEBBLE_VA_NOSLEEP", "1");
            pb.environment().putAll(env);
            pb.redirectErrorStream(true);
            pb.redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("pebble.log").toFile()));
            return pb.start();
        }

        private static void awaitDirectory(PebbleServer server) throws IOException {
            Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                if (!server.process.isAlive()) {
                    throw exitedEarly(server);
                }
                if (directoryAnswers(server)) {
                    return;
                }
                pause(Duration.ofMillis(50));
            }
            throw new IOException("Pebble did not respond at " + server.directoryUrl()
                    + " within " + STARTUP_TIMEOUT.toSeconds() + " s; output:\n" + server.log());
        }

        private static IOException exitedEarly(PebbleServer server) {
            String log = server.log();
            String message = "Pebble exited with status " + server.process.exitValue()
                    + "; output:\n" + log;
            return log.contains("address already in use")
                    ? new PortInUseException(message) : new IOException(message);
        }

        private static boolean directoryAnswers(PebbleServer server) {
            try {
                return get(server.directoryUrl(), server.tls.sslContext(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        }

        private static void pause(Duration duration) throws IOException {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for Pebble", e);
            }
        }
    }

    /** Pebble could not bind a chosen port because another process took it. */
    private static final class PortInUseException extends IOException {
        PortInUseException(String message) {
            super(message);
        }
    }
}

package org.njalla4j.hook;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.njalla4j.client.AddRecordRequest;
import org.njalla4j.client.DnsRecord;
import org.njalla4j.client.NjallaClient;
import org.njalla4j.client.NjallaException;
import org.njalla4j.emulator.Emulator;

/**
 * A Njalla emulator on loopback plus the environment a hook call needs to use it: API
 * URL, a 0600 token file, the emulator's DNS server as the only nameserver and a private
 * state directory. Hook calls run in-process through {@link HookMain#run}.
 */
final class HookFixture implements AutoCloseable {

    /** Result of one hook call. */
    record Result(int exitCode, String out, String err) {

        List<String> errLines() {
            return err.lines().collect(Collectors.toList());
        }
    }

    private final Emulator emulator;
    private final Path dir;
    private final Map<String, String> env = new HashMap<>();
    private final NjallaClient client;

    private HookFixture(Emulator emulator, Path dir) throws IOException {
        this.emulator = emulator;
        this.dir = Files.createDirectories(dir);
        Path tokenFile = dir.resolve("token");
        Files.writeString(tokenFile, emulator.fullAccessToken() + "\n");
        Files.setPosixFilePermissions(tokenFile, PosixFilePermissions.fromString("rw-------"));
        env.put("HOME", dir.resolve("home").toString());
        env.put("NJALLA_API_URL", emulator.apiUrl().toString());
        env.put("NJALLA_TOKEN_FILE", tokenFile.toString());
        env.put("NJALLA_NAMESERVER", emulator.dnsAddress().getAddress().getHostAddress() + ":"
                + emulator.dnsAddress().getPort());
        env.put("NJALLA_STATE_DIR", dir.resolve("state").toString());
        env.put("NJALLA_PROPAGATION_INTERVAL", "1");
        env.put("NJALLA_PROPAGATION_TIMEOUT", "60");
        client = NjallaClient.builder().apiUrl(emulator.apiUrl())
                .token(emulator.fullAccessToken()).build();
    }

    /** Starts an emulator that serves {@code example.com} and {@code example.co.uk}. */
    static HookFixture start(Path dir) throws IOException {
        return start(dir, Duration.ZERO);
    }

    /** Starts an emulator whose DNS server shows changes after {@code delay}. */
    static HookFixture start(Path dir, Duration delay) throws IOException {
        Emulator emulator = Emulator.builder().domains("example.com", "example.co.uk")
                .propagationDelay(delay).start();
        return new HookFixture(emulator, dir);
    }

    Emulator emulator() {
        return emulator;
    }

    Path dir() {
        return dir;
    }

    /** The environment hook calls get; tests may change it. */
    Map<String, String> env() {
        return env;
    }

    /** Runs {@code njalla hook ARGS} with the fixture environment plus {@code extra}. */
    Result hook(Map<String, String> extra, String... args) {
        Map<String, String> callEnv = new HashMap<>(env);
        callEnv.putAll(extra);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HookMain.run(List.of(args), callEnv, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    /** The records of {@code domain}. */
    List<DnsRecord> records(String domain) throws NjallaException {
        return client.records().list(domain);
    }

    /** The TXT records of {@code domain} whose name starts with {@code _acme-challenge}. */
    List<DnsRecord> challengeRecords(String domain) throws NjallaException {
        return records(domain).stream()
                .filter(r -> r.type().equals("TXT") && r.name().startsWith("_acme-challenge"))
                .collect(Collectors.toList());
    }

    /** Adds a TXT record directly, as another tool would. */
    DnsRecord addTxt(String domain, String name, String value) throws NjallaException {
        return client.records().add(AddRecordRequest.txt(domain, name, value, 300));
    }

    void removeRecord(String domain, String id) throws NjallaException {
        client.records().remove(domain, id);
    }

    @Override
    public void close() {
        emulator.close();
    }
}

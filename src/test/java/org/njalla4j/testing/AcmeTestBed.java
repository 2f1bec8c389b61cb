package org.njalla4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.njalla4j.acme.IssueRequest;
import org.njalla4j.acme.NjallaAccess;
import org.njalla4j.client.AddRecordRequest;
import org.njalla4j.client.DnsRecord;
import org.njalla4j.client.NjallaClient;
import org.njalla4j.client.NjallaException;
import org.njalla4j.dns01.Dns01Settings;
import org.njalla4j.emulator.Emulator;

/**
 * A Njalla emulator and a real Pebble that resolves names through the emulator's DNS
 * server, with helpers to build requests and to check that a test left every zone as it
 * found it.
 */
public final class AcmeTestBed implements AutoCloseable {

    /** Zones of the emulated account: plain, two-label suffix, sub-zone, IDN, CNAME target. */
    public static final List<String> ZONES = List.of("example.com", "example.co.uk",
            "dev.example.com", "xn--bcher-kva.example", "delegate.example.net");

    public final Emulator emulator;
    public final PebbleServer pebble;
    public final NjallaClient admin;

    private AcmeTestBed(Emulator emulator, PebbleServer pebble) {
        this.emulator = emulator;
        this.pebble = pebble;
        this.admin = NjallaClient.builder().apiUrl(emulator.apiUrl())
                .token(emulator.fullAccessToken()).build();
    }

    /** Starts an emulator with {@link #ZONES}, some unrelated records, and Pebble. */
    public static AcmeTestBed start(Duration propagationDelay, Map<String, String> pebbleEnv)
            throws Exception {
        Emulator emulator = Emulator.builder().domains(ZONES)
                .propagationDelay(propagationDelay).start();
        try {
            AcmeTestBed bed = new AcmeTestBed(emulator,
                    PebbleServer.start(emulator.dnsAddress(), pebbleEnv));
            bed.addUnrelatedRecords();
            return bed;
        } catch (Exception | Error e) {
            emulator.close();
            throw e;
        }
    }

    private void addUnrelatedRecords() throws NjallaException {
        admin.records().add(AddRecordRequest.txt("example.com", "@", "v=spf1 -all", 3600));
        admin.records().add(AddRecordRequest.txt("example.com", "_acme", "not a challenge", 60));
        admin.records().add(AddRecordRequest.txt("dev.example.com", "www", "keep me", 300));
        // The CNAME that delegates cname.example.com's challenge to another zone.
        admin.call("add-record", Map.of("domain", "example.com", "type", "CNAME",
                "name", "_acme-challenge.cname",
                "content", "_acme-challenge.cname.delegate.example.net", "ttl", 300));
    }

    /** Returns a request for {@code names} against this Pebble with its defaults set. */
    public IssueRequest.Builder request(Path stateDir, String... names) {
        return IssueRequest.builder()
                .domains(List.of(names))
                .server(pebble.directoryUrl().toString())
                .caCertFile(pebble.caCertFile())
                .email("admin@example.com")
                .agreeToTos(true)
                .stateDir(stateDir)
                .cleanupOnShutdown(false)
                .njalla(NjallaAccess.of(admin))
                .dns01(Dns01Settings.defaults()
                        .withNameservers(List.of(emulator.dnsAddress()))
                        .withPropagationTimeout(Duration.ofSeconds(30))
                        .withPropagationInterval(Duration.ofMillis(100)));
    }

    /**
     * Returns {@code njalla cert} options that point at this bed: server, CA file, API URL,
     * nameserver, state and output directories, with terms agreed.
     */
    public List<String> cliOptions(Path stateDir, Path out) {
        return List.of("--server", pebble.directoryUrl().toString(),
                "--ca-cert", pebble.caCertFile().toString(),
                "--agree-tos", "--email", "admin@example.com",
                "--api-url", emulator.apiUrl().toString(),
                "--nameserver", "127.0.0.1:" + emulator.dnsAddress().getPort(),
                "--propagation-interval", "100ms",
                "--state-dir", stateDir.toString(),
                "--out", out.toString());
    }

    /** Returns the environment that gives the command the full-access token. */
    public Map<String, String> cliEnvironment() {
        return Map.of("NJALLA_TOKEN", emulator.fullAccessToken());
    }

    /** Returns every record of every zone, keyed by zone. */
    public Map<String, List<DnsRecord>> snapshot() throws NjallaException {
        Map<String, List<DnsRecord>> zones = new LinkedHashMap<>();
        for (String zone : ZONES) {
            zones.put(zone, new ArrayList<>(admin.records().list(zone)));
        }
        return zones;
    }

    /** Returns the {@code _acme-challenge} TXT records of every zone. */
    public List<DnsRecord> challengeRecords() throws NjallaException {
        List<DnsRecord> found = new ArrayList<>();
        for (List<DnsRecord> records : snapshot().values()) {
            for (DnsRecord record : records) {
                if (isChallenge(record)) {
                    found.add(record);
                }
            }
        }
        return found;
    }

    /** Asserts that no challenge TXT record is left and every earlier record is unchanged. */
    public void assertUntouched(Map<String, List<DnsRecord>> before) throws NjallaException {
        assertEquals(List.of(), describe(challengeRecords()), "challenge TXT records left");
        Map<String, List<DnsRecord>> after = snapshot();
        for (String zone : ZONES) {
            assertEquals(describe(before.get(zone)), describe(after.get(zone)), zone);
        }
    }

    private static boolean isChallenge(DnsRecord record) {
        return record.type().equals("TXT")
                && record.name().toLowerCase(Locale.ROOT).startsWith("_acme-challenge");
    }

    private static List<String> describe(List<DnsRecord> records) {
        return records.stream().map(r -> r.id() + " " + r.name() + " " + r.type() + " "
                + r.content() + " " + r.ttl()).sorted().toList();
    }

    public void assertNoChallengeRecords() throws NjallaException {
        assertTrue(challengeRecords().isEmpty(), "challenge TXT records left: "
                + describe(challengeRecords()));
    }

    @Override
    public void close() throws IOException {
        try {
            pebble.close();
        } finally {
            emulator.close();
        }
    }
}

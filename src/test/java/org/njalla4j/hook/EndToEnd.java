package org.njalla4j.hook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.njalla4j.client.AddRecordRequest;
import org.njalla4j.client.DnsRecord;
import org.njalla4j.client.NjallaClient;
import org.njalla4j.testing.PebbleServer;

/**
 * Shared steps of the end-to-end tests that run certbot, dehydrated or lego against
 * Pebble, with the hook scripts talking to the emulator.
 */
final class EndToEnd {

    /** The names every test requests a certificate for: apex, wildcard and one host. */
    static final List<String> NAMES = List.of("example.com", "*.example.com", "www.example.com");

    private EndToEnd() {
    }

    /** Adds records that the hooks must leave alone, and returns the zone as it is then. */
    static Set<String> seedZone(HookFixture fixture) throws Exception {
        NjallaClient client = NjallaClient.builder().apiUrl(fixture.emulator().apiUrl())
                .token(fixture.emulator().fullAccessToken()).build();
        client.records().add(AddRecordRequest.builder("example.com", "A", "www")
                .content("192.0.2.10").ttl(300).build());
        client.records().add(AddRecordRequest.txt("example.com", "@", "v=spf1 -all", 3600));
        client.records().add(AddRecordRequest.txt("example.com", "_dmarc", "v=DMARC1; p=none",
                3600));
        return snapshot(fixture);
    }

    /** Every record of example.com as {@code id name type content}. */
    static Set<String> snapshot(HookFixture fixture) throws Exception {
        return fixture.records("example.com").stream()
                .map(r -> r.id() + " " + r.name() + " " + r.type() + " " + r.content())
                .collect(Collectors.toSet());
    }

    /** Checks that no challenge record is left and every earlier record is unchanged. */
    static void assertZoneRestored(HookFixture fixture, Set<String> before, String output)
            throws Exception {
        List<DnsRecord> left = fixture.challengeRecords("example.com");
        assertEquals(List.of(), left, output);
        assertEquals(before, snapshot(fixture), output);
    }

    /**
     * The environment of the ACME client, passed on to the hooks: the fixture's settings,
     * hooks run from the test class path, and {@code HOME} in the temporary directory.
     */
    static Map<String, String> clientEnv(HookFixture fixture, PebbleServer pebble, Path dir) {
        Map<String, String> env = new HashMap<>(fixture.env());
        env.put("NJALLA_CLASSPATH", ToolProcess.testClassPath());
        env.put("HOME", dir.resolve("home").toString());
        env.put("LANG", "C.UTF-8");
        return env;
    }

    /** The path of a script under {@code scripts/}, checked to be executable. */
    static String script(String name) {
        Path script = ToolProcess.projectDir().resolve("scripts").resolve(name);
        assertTrue(script.toFile().canExecute(), script + " is missing or not executable");
        return script.toString();
    }

    static void assertInstalled(String program) {
        assertTrue(ToolProcess.installed(program), program + " is not installed; the"
                + " end-to-end tests need certbot, dehydrated, lego and pebble");
    }
}

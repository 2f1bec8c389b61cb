package org.njalla4j.hook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.njalla4j.testing.PebbleServer;

/** Real lego with its exec DNS provider and the hook script against Pebble. */
class LegoHookEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void lego_execProvider_issuesCertificate() throws Exception {
        EndToEnd.assertInstalled("lego");
        try (HookFixture fixture = HookFixture.start(dir.resolve("fixture"));
                PebbleServer pebble = PebbleServer.start(fixture.emulator().dnsAddress(),
                        Map.of())) {
            Set<String> before = EndToEnd.seedZone(fixture);
            Map<String, String> env = EndToEnd.clientEnv(fixture, pebble, dir);
            env.put("EXEC_PATH", EndToEnd.script("lego-njalla-exec"));
            env.put("EXEC_SEQUENCE_INTERVAL", "1");
            env.put("EXEC_PROPAGATION_TIMEOUT", "120");
            env.put("EXEC_POLLING_INTERVAL", "1");
            env.put("LEGO_CA_CERTIFICATES", pebble.caCertFile().toString());
            // lego looks up CNAMEs itself; keep those queries on the emulator.
            env.put("LEGO_DISABLE_CNAME_SUPPORT", "true");

            ToolProcess.Result result = ToolProcess.run(command(pebble, fixture), env, dir,
                    Duration.ofMinutes(5));

            assertEquals(0, result.exitCode(), result.output());
            Path cert = dir.resolve("lego/certificates/example.com.crt");
            assertTrue(Files.exists(cert), result.output());
            EndToEnd.assertZoneRestored(fixture, before, result.output());
        }
    }

    private List<String> command(PebbleServer pebble, HookFixture fixture) {
        String resolver = "127.0.0.1:" + fixture.emulator().dnsAddress().getPort();
        List<String> command = new ArrayList<>(List.of("lego",
                "--server", pebble.directoryUrl().toString(),
                "--email", "test@example.com", "--accept-tos",
                "--path", dir.resolve("lego").toString(),
                "--dns", "exec", "--dns.disable-cp", "--dns.resolvers", resolver));
        for (String name : EndToEnd.NAMES) {
            command.add("-d");
            command.add(name);
        }
        command.add("run");
        return command;
    }
}

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

/** Real certbot with the hook scripts against Pebble and the emulator. */
class CertbotHookEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void certbot_apexWildcardWww_issuesCertificate() throws Exception {
        EndToEnd.assertInstalled("certbot");
        try (HookFixture fixture = HookFixture.start(dir.resolve("fixture"));
                PebbleServer pebble = PebbleServer.start(fixture.emulator().dnsAddress(),
                        Map.of())) {
            Set<String> before = EndToEnd.seedZone(fixture);
            Map<String, String> env = EndToEnd.clientEnv(fixture, pebble, dir);
            env.put("REQUESTS_CA_BUNDLE", pebble.caCertFile().toString());

            ToolProcess.Result result = ToolProcess.run(command(pebble), env, dir,
                    Duration.ofMinutes(5));

            assertEquals(0, result.exitCode(), result.output());
            Path chain = dir.resolve("config/live/example.com/fullchain.pem");
            assertTrue(Files.exists(chain), result.output());
            EndToEnd.assertZoneRestored(fixture, before, result.output());
        }
    }

    private List<String> command(PebbleServer pebble) {
        List<String> command = new ArrayList<>(List.of("certbot", "certonly", "--manual",
                "--preferred-challenges", "dns",
                "--manual-auth-hook", EndToEnd.script("certbot-njalla-auth"),
                "--manual-cleanup-hook", EndToEnd.script("certbot-njalla-cleanup"),
                "--server", pebble.directoryUrl().toString(),
                "--config-dir", dir.resolve("config").toString(),
                "--work-dir", dir.resolve("work").toString(),
                "--logs-dir", dir.resolve("logs").toString(),
                "--non-interactive", "--agree-tos", "-m", "test@example.com",
                "--no-eff-email"));
        for (String name : EndToEnd.NAMES) {
            command.add("-d");
            command.add(name);
        }
        return command;
    }
}

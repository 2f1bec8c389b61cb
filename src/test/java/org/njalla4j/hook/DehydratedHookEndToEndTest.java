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

/** Real dehydrated with HOOK_CHAIN=yes and the hook script against Pebble. */
class DehydratedHookEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void dehydrated_hookChain_issuesCertificate() throws Exception {
        EndToEnd.assertInstalled("dehydrated");
        // dehydrated does not retry a rejected nonce, so Pebble must not reject any.
        try (HookFixture fixture = HookFixture.start(dir.resolve("fixture"));
                PebbleServer pebble = PebbleServer.start(fixture.emulator().dnsAddress(),
                        Map.of("PEBBLE_WFE_NONCEREJECT", "0"))) {
            Set<String> before = EndToEnd.seedZone(fixture);
            Map<String, String> env = EndToEnd.clientEnv(fixture, pebble, dir);
            env.put("CURL_CA_BUNDLE", pebble.caCertFile().toString());
            Path config = writeConfig(pebble);

            ToolProcess.Result register = ToolProcess.run(List.of("dehydrated", "--config",
                    config.toString(), "--register", "--accept-terms"), env, dir,
                    Duration.ofMinutes(2));
            assertEquals(0, register.exitCode(), register.output());
            ToolProcess.Result result = ToolProcess.run(issue(config), env, dir,
                    Duration.ofMinutes(5));

            assertEquals(0, result.exitCode(), result.output());
            Path cert = dir.resolve("dehydrated/certs/example.com/fullchain.pem");
            assertTrue(Files.exists(cert), result.output());
            EndToEnd.assertZoneRestored(fixture, before, result.output());
        }
    }

    private Path writeConfig(PebbleServer pebble) throws Exception {
        Path config = dir.resolve("dehydrated.conf");
        Files.createDirectories(dir.resolve("dehydrated"));
        Files.writeString(config, String.join("\n",
                "CA=\"" + pebble.directoryUrl() + "\"",
                "CHALLENGETYPE=\"dns-01\"",
                "HOOK=\"" + EndToEnd.script("dehydrated-njalla-hook") + "\"",
                "HOOK_CHAIN=\"yes\"",
                "BASEDIR=\"" + dir.resolve("dehydrated") + "\"",
                "CONTACT_EMAIL=\"test@example.com\"",
                ""));
        return config;
    }

    private static List<String> issue(Path config) {
        List<String> command = new ArrayList<>(List.of("dehydrated", "--config",
                config.toString(), "--cron"));
        for (String name : EndToEnd.NAMES) {
            command.add("--domain");
            command.add(name);
        }
        return command;
    }
}

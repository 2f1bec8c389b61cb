package org.njalla4j.hook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** certbot auth calls against an emulator whose DNS server never shows the new records. */
class CertbotPropagationTest {

    @TempDir
    Path dir;

    @Test
    void auth_propagationTimeoutOnLastChallenge_removesAllRecordsOfRun() throws Exception {
        try (HookFixture fixture = HookFixture.start(dir, Duration.ofHours(1))) {
            fixture.env().put("NJALLA_PROPAGATION_TIMEOUT", "2");
            HookFixture.Result first = fixture.hook(
                    CertbotHookTest.certbot("example.com", "first-value", 1, ""), "certbot-auth");
            assertEquals(0, first.exitCode(), first.err());
            assertEquals(1, fixture.challengeRecords("example.com").size());

            HookFixture.Result last = fixture.hook(
                    CertbotHookTest.certbot("www.example.com", "last-value", 0, ""),
                    "certbot-auth");

            assertEquals(HookException.NETWORK_OR_TIMEOUT, last.exitCode(), last.err());
            assertEquals(1, last.errLines().size(), last.err());
            assertTrue(last.err().contains("removed all 2"), last.err());
            assertEquals("", last.out());
            assertEquals(List.of(), fixture.challengeRecords("example.com"));
        }
    }
}

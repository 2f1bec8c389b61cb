package org.njalla4j.hook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.njalla4j.client.DnsRecord;

class LegoHookTest {

    @TempDir
    Path dir;

    @Test
    void presentAndCleanup_placeAndRemoveRecord() throws Exception {
        try (HookFixture fixture = HookFixture.start(dir)) {
            HookFixture.Result present = fixture.hook(Map.of(), "lego", "present",
                    "_acme-challenge.www.example.co.uk.", "lego-value");

            assertEquals(0, present.exitCode(), present.err());
            List<DnsRecord> records = fixture.challengeRecords("example.co.uk");
            assertEquals(1, records.size());
            assertEquals("_acme-challenge.www", records.get(0).name());
            assertEquals("lego-value", records.get(0).content());

            HookFixture.Result cleanup = fixture.hook(Map.of(), "lego", "cleanup",
                    "_acme-challenge.www.example.co.uk.", "lego-value");

            assertEquals(0, cleanup.exitCode(), cleanup.err());
            assertEquals(List.of(), fixture.challengeRecords("example.co.uk"));
        }
    }

    @Test
    void cleanup_foreignRecord_stays() throws Exception {
        try (HookFixture fixture = HookFixture.start(dir)) {
            DnsRecord foreign = fixture.addTxt("example.com", "_acme-challenge.www", "x");

            HookFixture.Result cleanup = fixture.hook(Map.of(), "lego", "cleanup",
                    "_acme-challenge.www.example.com.", "x");

            assertEquals(0, cleanup.exitCode(), cleanup.err());
            assertEquals(List.of(foreign), fixture.challengeRecords("example.com"));
        }
    }

    @Test
    void presentRaw_computesValueFromKeyAuthorization() throws Exception {
        try (HookFixture fixture = HookFixture.start(dir)) {
            Map<String, String> raw = Map.of("EXEC_MODE", "RAW");
            HookFixture.Result present = fixture.hook(raw, "lego", "present", "--",
                    "*.example.com", "token", "token.thumbprint");

            assertEquals(0, present.exitCode(), present.err());
            List<DnsRecord> records = fixture.challengeRecords("example.com");
            assertEquals(1, records.size());
            assertEquals("_acme-challenge", records.get(0).name());
            assertEquals("61rBZ_4knHblO0MNoxFsXZ_eTFUHum0B6IVRbhvUn5I", records.get(0).content());

            HookFixture.Result cleanup = fixture.hook(raw, "lego", "cleanup", "--",
                    "*.example.com", "token", "token.thumbprint");

            assertEquals(0, cleanup.exitCode(), cleanup.err());
            assertEquals(List.of(), fixture.challengeRecords("example.com"));
        }
    }

    @Test
    void present_propagationTimeout_removesRecord() throws Exception {
        try (HookFixture fixture = HookFixture.start(dir, Duration.ofHours(1))) {
            fixture.env().put("NJALLA_PROPAGATION_TIMEOUT", "2");

            HookFixture.Result present = fixture.hook(Map.of(), "lego", "present",
                    "_acme-challenge.example.com.", "lego-value");

            assertEquals(HookException.NETWORK_OR_TIMEOUT, present.exitCode(), present.err());
            assertEquals(1, present.err().lines().count(), present.err());
            assertEquals(List.of(), fixture.challengeRecords("example.com"));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "'', 47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU",
        "token.thumbprint, 61rBZ_4knHblO0MNoxFsXZ_eTFUHum0B6IVRbhvUn5I",
    })
    void dns01Value_matchesBase64UrlSha256(String keyAuthorization, String expected) {
        assertEquals(expected, LegoHook.dns01Value(keyAuthorization));
    }

    @ParameterizedTest
    @CsvSource({
        "_acme-challenge.example.com., example.com",
        "_ACME-CHALLENGE.www.example.com, www.example.com",
    })
    void identifierOf_stripsLabelAndDot(String fqdn, String expected) throws Exception {
        assertEquals(expected, LegoHook.identifierOf(fqdn));
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com.", "_acme-challenge.", "_acme-challengeexample.com"})
    void identifierOf_rejectsNameWithoutChallengeLabel(String fqdn) {
        HookException e = assertThrows(HookException.class, () -> LegoHook.identifierOf(fqdn));

        assertEquals(HookException.INVALID_INPUT, e.exitCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"two words", "\"quoted\"", "plus+slash/"})
    void present_invalidValue_exitsTwo(String value) throws Exception {
        try (HookFixture fixture = HookFixture.start(dir)) {
            HookFixture.Result present = fixture.hook(Map.of(), "lego", "present",
                    "_acme-challenge.example.com.", value);

            assertEquals(HookException.INVALID_INPUT, present.exitCode(), present.err());
            assertEquals(List.of(), fixture.challengeRecords("example.com"));
        }
    }

    @Test
    void present_invalidDomain_exitsTwo() throws Exception {
        try (HookFixture fixture = HookFixture.start(dir)) {
            HookFixture.Result present = fixture.hook(Map.of(), "lego", "present",
                    "_acme-challenge.bad..example.com.", "value");

            assertEquals(HookException.INVALID_INPUT, present.exitCode(), present.err());
        }
    }

    @Test
    void run_unknownCommand_exitsWithUsage() {
        HookException e = assertThrows(HookException.class,
                () -> LegoHook.run(List.of("timeout"), Map.of()));

        assertEquals(HookException.INVALID_INPUT, e.exitCode());
    }
}

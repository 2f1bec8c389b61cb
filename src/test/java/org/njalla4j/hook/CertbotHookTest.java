package org.njalla4j.hook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.njalla4j.client.DnsRecord;
import org.njalla4j.dns01.Journal;

class CertbotHookTest {

    private static final String ALL = "example.com,example.com,www.example.com";
    private static final String APEX = "apex-0000000000000000000000000000000000000A";
    private static final String WILDCARD = "wild-0000000000000000000000000000000000000B";
    private static final String WWW = "www0-0000000000000000000000000000000000000C";

    @TempDir
    Path dir;

    private HookFixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        fixture = HookFixture.start(dir);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void authAndCleanup_apexWildcardWww_leaveOtherRecordsAlone() throws Exception {
        DnsRecord foreign = fixture.addTxt("example.com", "_acme-challenge.other", "not-ours");
        int before = fixture.records("example.com").size();

        List<String> outputs = authAll();
        assertEquals(Set.of(APEX, WILDCARD, WWW), values(fixture.challengeRecords("example.com"),
                foreign));
        for (String output : outputs) {
            assertTrue(output.matches("example\\.com \\S+\\n"), output);
        }
        cleanup("example.com", APEX, 2, outputs.get(0));
        cleanup("example.com", WILDCARD, 1, outputs.get(1));
        cleanup("www.example.com", WWW, 0, outputs.get(2));

        assertEquals(Set.of(), values(fixture.challengeRecords("example.com"), foreign));
        assertEquals(before, fixture.records("example.com").size());
        assertTrue(fixture.records("example.com").contains(foreign));
    }

    @Test
    void cleanup_apexOfPair_keepsWildcardValue() throws Exception {
        List<String> outputs = authAll();

        cleanup("example.com", APEX, 2, outputs.get(0));

        assertEquals(Set.of(WILDCARD, WWW), values(fixture.challengeRecords("example.com"), null));
    }

    @Test
    void cleanup_recordAlreadyGone_succeedsQuietly() throws Exception {
        List<String> outputs = authAll();
        String id = outputs.get(0).strip().split(" ")[1];
        fixture.removeRecord("example.com", id);

        HookFixture.Result result = fixture.hook(certbot("example.com", APEX, 2, outputs.get(0)),
                "certbot-cleanup");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.err());
        assertEquals(Set.of(WILDCARD, WWW), values(fixture.challengeRecords("example.com"), null));
    }

    @Test
    void cleanup_withoutStateFile_removesOnlyMatchingRecord() throws Exception {
        List<String> outputs = authAll();
        fixture.env().put("NJALLA_STATE_DIR", dir.resolve("other-state").toString());

        cleanup("example.com", WILDCARD, 1, outputs.get(1));
        HookFixture.Result wrongValue = fixture.hook(
                certbot("example.com", "some-other-value", 2, outputs.get(0)), "certbot-cleanup");

        assertEquals(HookException.INVALID_INPUT, wrongValue.exitCode(), wrongValue.err());
        assertEquals(1, wrongValue.errLines().size(), wrongValue.err());
        assertEquals(Set.of(APEX, WWW), values(fixture.challengeRecords("example.com"), null));
    }

    @Test
    void cleanup_foreignIdInAuthOutput_keepsRecord() throws Exception {
        DnsRecord foreign = fixture.addTxt("example.com", "r2", "x");
        String output = "example.com " + foreign.id();

        HookFixture.Result result = fixture.hook(certbot("example.com", "x", 0, output),
                "certbot-cleanup");

        assertEquals(HookException.INVALID_INPUT, result.exitCode(), result.err());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().contains("not removing record r2"), result.err());
        assertTrue(fixture.records("example.com").contains(foreign));
    }

    @Test
    void cleanup_idChecksChallengeName() throws Exception {
        DnsRecord other = fixture.addTxt("example.com", "_acme-challenge.www", "x");
        DnsRecord ours = fixture.addTxt("example.com", "_acme-challenge", "x");

        HookFixture.Result wrongName = fixture.hook(certbot("example.com", "x", 0,
                "example.com " + other.id()), "certbot-cleanup");
        HookFixture.Result rightName = fixture.hook(certbot("example.com", "x", 0,
                "example.com " + ours.id()), "certbot-cleanup");

        assertEquals(HookException.INVALID_INPUT, wrongName.exitCode(), wrongName.err());
        assertEquals(0, rightName.exitCode(), rightName.err());
        assertEquals(List.of(other), fixture.challengeRecords("example.com"));
    }

    @Test
    void auth_firstChallenge_removesRecordsOfEarlierRun() throws Exception {
        HookFixture.Result crashed = fixture.hook(certbot("example.com", "stale-value", 2, ""),
                "certbot-auth");
        assertEquals(0, crashed.exitCode(), crashed.err());

        authAll();

        assertEquals(Set.of(APEX, WILDCARD, WWW),
                values(fixture.challengeRecords("example.com"), null));
    }

    @Test
    void auth_first_sweepsOtherStateFiles() throws Exception {
        DnsRecord old = fixture.addTxt("example.com", "_acme-challenge.old", "old-value");
        DnsRecord young = fixture.addTxt("example.com", "_acme-challenge.young", "young-value");
        Path stateDir = Files.createDirectories(dir.resolve("state"));
        try (Journal other = Journal.open(stateDir.resolve("certbot-0123456789ab.json"))) {
            Instant longAgo = Instant.now().minus(ChallengeRun.ABANDONED_AFTER).minusSeconds(60);
            other.put(new Journal.Entry("earlier", "old.example.com", "example.com",
                    old.name(), old.content(), old.id(), longAgo, Journal.State.ADDED));
            other.put(new Journal.Entry("earlier", "young.example.com", "example.com",
                    young.name(), young.content(), young.id(), Instant.now(),
                    Journal.State.ADDED));
        }

        authAll();

        List<DnsRecord> left = fixture.records("example.com");
        assertFalse(left.contains(old), left.toString());
        assertTrue(left.contains(young), left.toString());
    }

    @Test
    void auth_invalidSetting_exitsWithOneLine() throws Exception {
        fixture.env().put("NJALLA_TTL", "120");

        HookFixture.Result result = fixture.hook(certbot("example.com", APEX, 0, ""),
                "certbot-auth");

        assertEquals(HookException.INVALID_INPUT, result.exitCode());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().contains("NJALLA_TTL"), result.err());
        assertEquals("", result.out());
        assertEquals(List.of(), fixture.challengeRecords("example.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"two words", "\"quoted\"", "plus+slash/", "padded=="})
    void auth_invalidValidation_exitsTwo(String value) throws Exception {
        HookFixture.Result result = fixture.hook(certbot("example.com", value, 0, ""),
                "certbot-auth");

        assertEquals(HookException.INVALID_INPUT, result.exitCode(), result.err());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().contains("CERTBOT_VALIDATION"), result.err());
        assertEquals(List.of(), fixture.challengeRecords("example.com"));
    }

    @Test
    void auth_invalidDomain_exitsTwo() throws Exception {
        HookFixture.Result result = fixture.hook(certbot("bad..example.com", APEX, 0, ""),
                "certbot-auth");

        assertEquals(HookException.INVALID_INPUT, result.exitCode(), result.err());
        assertTrue(result.err().contains("CERTBOT_DOMAIN"), result.err());
    }

    @Test
    void auth_missingCertbotVariables_exitsWithOneLine() {
        HookFixture.Result result = fixture.hook(Map.of(), "certbot-auth");

        assertEquals(HookException.INVALID_INPUT, result.exitCode());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().contains("CERTBOT_DOMAIN"), result.err());
    }

    @Test
    void auth_unknownDomain_exitsWithOneLineAndAddsNothing() throws Exception {
        HookFixture.Result result = fixture.hook(certbot("example.org", APEX, 0, ""),
                "certbot-auth");

        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.exitCode() != 0);
        assertTrue(result.err().contains("example.org"), result.err());
        assertEquals(List.of(), fixture.challengeRecords("example.com"));
    }

    private List<String> authAll() {
        String first = auth("example.com", APEX, 2);
        String second = auth("example.com", WILDCARD, 1);
        String third = auth("www.example.com", WWW, 0);
        return List.of(first, second, third);
    }

    private String auth(String domain, String value, int remaining) {
        HookFixture.Result result = fixture.hook(certbot(domain, value, remaining, ""),
                "certbot-auth");
        assertEquals(0, result.exitCode(), result.err());
        return result.out();
    }

    private void cleanup(String domain, String value, int remaining, String authOutput) {
        HookFixture.Result result = fixture.hook(certbot(domain, value, remaining, authOutput),
                "certbot-cleanup");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.err());
    }

    static Map<String, String> certbot(String domain, String value, int remaining,
            String authOutput) {
        return Map.of("CERTBOT_DOMAIN", domain, "CERTBOT_VALIDATION", value,
                "CERTBOT_REMAINING_CHALLENGES", Integer.toString(remaining),
                "CERTBOT_ALL_DOMAINS", ALL, "CERTBOT_AUTH_OUTPUT", authOutput.strip());
    }

    private static Set<String> values(List<DnsRecord> records, DnsRecord except) {
        return records.stream().filter(r -> except == null || !r.id().equals(except.id()))
                .map(DnsRecord::content).collect(Collectors.toSet());
    }
}

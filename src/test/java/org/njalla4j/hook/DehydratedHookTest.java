package org.njalla4j.hook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
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

class DehydratedHookTest {

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
    void deployChain_addsEveryRecordAndCleanRemovesThem() throws Exception {
        String[] triples = {"example.com", "t1", "-apex-value", "example.com", "t2",
            "wild-value", "www.example.com", "t3", "www-value"};

        HookFixture.Result deploy = fixture.hook(Map.of(), args("deploy_challenge", triples));

        assertEquals(0, deploy.exitCode(), deploy.err());
        assertEquals(Set.of("-apex-value", "wild-value", "www-value"), values());

        HookFixture.Result clean = fixture.hook(Map.of(), args("clean_challenge", triples));

        assertEquals(0, clean.exitCode(), clean.err());
        assertEquals(Set.of(), values());
    }

    @Test
    void clean_oneOfPair_keepsOtherValue() throws Exception {
        fixture.hook(Map.of(), args("deploy_challenge", "example.com", "t1", "apex-value"));
        fixture.hook(Map.of(), args("deploy_challenge", "example.com", "t2", "wild-value"));

        HookFixture.Result clean = fixture.hook(Map.of(),
                args("clean_challenge", "example.com", "t1", "apex-value"));

        assertEquals(0, clean.exitCode(), clean.err());
        assertEquals(Set.of("wild-value"), values());
    }

    @Test
    void clean_valueNotAddedByHook_leavesRecord() throws Exception {
        fixture.addTxt("example.com", "_acme-challenge", "someone-elses");

        HookFixture.Result clean = fixture.hook(Map.of(),
                args("clean_challenge", "example.com", "t1", "someone-elses"));

        assertEquals(0, clean.exitCode(), clean.err());
        assertEquals(Set.of("someone-elses"), values());
    }

    @ParameterizedTest
    @ValueSource(strings = {"this_hookscript_is_broken__dehydrated_is_working_fine__please_ignore",
        "startup_hook", "deploy_cert", "exit_hook"})
    void run_otherHookName_exitsZeroWithoutSettings(String hook) {
        fixture.env().clear();

        HookFixture.Result result = fixture.hook(Map.of(), "dehydrated", hook, "x");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"two words", "\"quoted\"", "plus+slash/", "padded=="})
    void deploy_invalidTokenValue_exitsTwo(String value) throws Exception {
        HookFixture.Result result = fixture.hook(Map.of(),
                args("deploy_challenge", "example.com", "t1", value));

        assertEquals(HookException.INVALID_INPUT, result.exitCode(), result.err());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().contains("TOKEN_VALUE"), result.err());
        assertEquals(Set.of(), values());
    }

    @Test
    void deploy_incompleteTriple_exitsWithOneLine() throws Exception {
        HookFixture.Result result = fixture.hook(Map.of(),
                args("deploy_challenge", "example.com", "t1"));

        assertEquals(HookException.INVALID_INPUT, result.exitCode());
        assertEquals(1, result.errLines().size(), result.err());
        assertEquals(Set.of(), values());
    }

    @Test
    void deploy_secondDomainUnknown_removesFirstRecord() throws Exception {
        HookFixture.Result result = fixture.hook(Map.of(), args("deploy_challenge",
                "example.com", "t1", "apex-value", "example.org", "t2", "org-value"));

        assertTrue(result.exitCode() != 0);
        assertEquals(1, result.errLines().size(), result.err());
        assertEquals(Set.of(), values());
    }

    @Test
    void deploy_propagationTimeout_removesRecordsOfCall() throws Exception {
        try (HookFixture slow = HookFixture.start(dir.resolve("slow"), Duration.ofHours(1))) {
            slow.env().put("NJALLA_PROPAGATION_TIMEOUT", "2");
            slow.addTxt("example.com", "_acme-challenge", "foreign-value");

            HookFixture.Result result = slow.hook(Map.of(), args("deploy_challenge",
                    "example.com", "t1", "apex-value", "www.example.com", "t2", "www-value"));

            assertEquals(HookException.NETWORK_OR_TIMEOUT, result.exitCode(), result.err());
            assertEquals(1, result.errLines().size(), result.err());
            List<DnsRecord> left = slow.challengeRecords("example.com");
            assertEquals(List.of("foreign-value"),
                    left.stream().map(DnsRecord::content).collect(Collectors.toList()));
        }
    }

    private static String[] args(String hook, String... rest) {
        String[] all = new String[rest.length + 2];
        all[0] = "dehydrated";
        all[1] = hook;
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }

    private Set<String> values() throws Exception {
        List<DnsRecord> records = fixture.challengeRecords("example.com");
        return records.stream().map(DnsRecord::content).collect(Collectors.toSet());
    }
}

package org.njalla4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs {@link SecretLeakScenarios} in a child JVM with every client logger at debug and
 * checks its whole output (logs, exception messages with causes, toString) for secrets.
 */
class SecretLeakTest {

    private static String output;

    @BeforeAll
    static void runScenarios() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", classPath,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=debug",
                "-Dorg.slf4j.simpleLogger.log.okhttp3=info",
                SecretLeakScenarios.class.getName())
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        byte[] bytes = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "scenarios did not finish");
        output = new String(bytes, StandardCharsets.UTF_8);
        // Kept for reading when an assertion fails.
        Files.writeString(Path.of("target", "secret-leak-output.txt"), output);
        assertEquals(0, process.exitValue(), output);
    }

    @Test
    void scenarios_ranToTheEnd() {
        assertTrue(output.contains(SecretLeakScenarios.DONE), output);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--> add-token", "<-- list-tokens HTTP 200", "list-domains: HTTP 502",
        "retry 1 of 3", "add-token returned HTTP 200 in", "NjallaApiException",
        "NjallaTransportException",
        "MalformedResponseException", "timed out", "cannot reach",
        "Authorization: Njalla (redacted)"})
    void output_showsTheExercisedPaths(String expected) {
        assertTrue(output.contains(expected), "missing '" + expected + "' in:\n" + output);
    }

    @ParameterizedTest
    @ValueSource(strings = {MockNjalla.TOKEN, SecretLeakScenarios.KEY, SecretLeakScenarios.PASSWORD,
        "s3ss10nv4lu3"})
    void output_neverContainsSecret(String secret) {
        assertFalse(output.contains(secret), "secret found in:\n" + output);
    }

    @Test
    void output_neverContainsTokenHalves() throws IOException {
        for (String part : List.of(MockNjalla.TOKEN.substring(0, 20),
                MockNjalla.TOKEN.substring(20))) {
            assertFalse(output.contains(part), "part of the token found in:\n" + output);
        }
    }
}

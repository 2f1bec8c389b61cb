package org.njalla4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.njalla4j.client.NjallaApiException;
import org.njalla4j.client.NjallaClient;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

class EmulatorCommandTest {

    @TempDir
    Path dir;

    /** A running command with its captured output streams. */
    private record Run(EmulatorCommand command, CompletableFuture<Integer> exit,
            StringWriter out, StringWriter err) {
    }

    private static Run launch(String... args) {
        EmulatorCommand command = new EmulatorCommand();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        picocli.CommandLine line = new picocli.CommandLine(command)
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> line.execute(args));
        return new Run(command, exit, out, err);
    }

    private static JsonNode awaitReady(Path readyFile) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (!Files.exists(readyFile) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        return new ObjectMapper().readTree(Files.readString(readyFile));
    }

    @Test
    void run_printsReadyLineAndServes() throws Exception {
        Path ready = dir.resolve("ready.json");
        Run run = launch("--domains", "example.com,example.co.uk", "--ready-file",
                ready.toString(), "--fail-method", "get-balance:-32000:Invalid arguments:1");
        try {
            JsonNode line = awaitReady(ready);
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(ready)));
            assertEquals(line, new ObjectMapper().readTree(run.out().toString().strip()));
            URI api = URI.create(line.path("api_url").asText());
            assertEquals("127.0.0.1", api.getHost());
            NjallaClient client = NjallaClient.builder().apiUrl(api)
                    .token(line.path("token").asText()).readTimeout(Duration.ofSeconds(30))
                    .build();
            assertEquals(2, client.call("list-domains", Map.of()).path("domains").size());
            NjallaApiException failed = org.junit.jupiter.api.Assertions.assertThrows(
                    NjallaApiException.class, () -> client.call("get-balance", Map.of()));
            assertEquals(-32000, failed.code());
            String[] dns = line.path("dns").asText().split(":");
            SimpleResolver resolver = new SimpleResolver(dns[0]);
            resolver.setPort(Integer.parseInt(dns[1]));
            resolver.setTimeout(Duration.ofSeconds(10));
            Message answer = resolver.send(Message.newQuery(Record.newRecord(
                    Name.fromString("example.co.uk."), Type.SOA, 1)));
            assertEquals(Rcode.NOERROR, answer.getRcode());
        } finally {
            run.command().stop();
        }
        assertEquals(0, run.exit().get(60, TimeUnit.SECONDS));
        assertTrue(run.err().toString().strip().endsWith("njalla emulator: stopped"),
                run.err().toString());
        assertEquals(1, run.err().toString().split("stopped", -1).length - 1,
                run.err().toString());
    }

    @Test
    void run_keepsTokenAcrossRestartWithState() throws Exception {
        Path state = dir.resolve("state.json");
        String[] tokens = new String[2];
        for (int i = 0; i < 2; i++) {
            Path ready = dir.resolve("ready" + i + ".json");
            Run run = launch("--domains", "example.com", "--state", state.toString(),
                    "--ready-file", ready.toString());
            try {
                tokens[i] = awaitReady(ready).path("token").asText();
            } finally {
                run.command().stop();
            }
            assertEquals(0, run.exit().get(60, TimeUnit.SECONDS));
        }
        assertEquals(tokens[0], tokens[1]);
    }

    @Test
    void process_stopsOnSigterm() throws Exception {
        Path ready = dir.resolve("ready.json");
        Path state = dir.resolve("state.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "emulator", "--domains", "example.com",
                "--ready-file", ready.toString(), "--state", state.toString())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        try {
            JsonNode line = awaitReady(ready);
            assertTrue(line.path("token").asText().matches("[0-9a-f]{40}"));
            process.destroy();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "emulator ignored SIGTERM");
        } finally {
            process.destroyForcibly();
        }
        String err = Files.readString(dir.resolve("err.txt"));
        assertTrue(err.strip().endsWith("njalla emulator: stopped"), err);
        JsonNode saved = new ObjectMapper().readTree(state.toFile());
        assertTrue(saved.path("domains").has("example.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--bind=localhost", "--propagation-delay=soon", "--fail-502=2",
        "--fail-method=add-record", "--api-port=70000", "--domains=bad_name!.com"})
    void run_rejectsInvalidOption(String option) throws Exception {
        Run run = launch("--domains", "example.com", option);
        int exit;
        try {
            exit = run.exit().get(60, TimeUnit.SECONDS);
        } finally {
            run.command().stop();
        }
        assertEquals(2, exit, run.err().toString());
        assertTrue(run.out().toString().isEmpty());
        assertTrue(!run.err().toString().isBlank());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--fail-502=2 | invalid --fail-502 2.0; give a fraction from 0 to 1",
        "--fail-reset=-0.5 | invalid --fail-reset -0.5",
        "--fail-429=NaN | invalid --fail-429 NaN",
        "--api-port=70000 | invalid --api-port 70000; give a port from 1 to 65535",
        "--dns-port=-1 | invalid --dns-port -1",
        "--wallet=-3 | invalid --wallet -3",
        "--task-checks=0 | invalid --task-checks 0",
    })
    void run_invalidOption_namesOption(String option, String expected) throws Exception {
        Run run = launch("--domains", "example.com", option);
        int exit;
        try {
            exit = run.exit().get(60, TimeUnit.SECONDS);
        } finally {
            run.command().stop();
        }

        assertEquals(2, exit, run.err().toString());
        assertTrue(run.err().toString().startsWith("njalla emulator: " + expected),
                run.err().toString());
    }

    @Test
    void run_rejectsMissingDomains() throws Exception {
        Run run = launch();
        assertEquals(2, run.exit().get(60, TimeUnit.SECONDS));
        assertTrue(run.err().toString().contains("--domains"), run.err().toString());
    }
}

package org.njalla4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.njalla4j.client.ApiMethod;
import picocli.CommandLine;

class MainTest {

    @TempDir
    Path dir;

    private MockApi api;

    @BeforeEach
    void start() throws Exception {
        api = new MockApi();
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    @Test
    void methods_printsAllNamesSorted() {
        CliRunner.Result result = new CliRunner().run("methods");

        assertEquals(0, result.exitCode());
        List<String> lines = result.out().lines().toList();
        assertEquals(54, lines.size());
        assertEquals(lines.stream().sorted().toList(), lines);
        assertEquals(Arrays.stream(ApiMethod.values()).map(ApiMethod::wireName).sorted().toList(),
                lines);
    }

    @Test
    void commandLine_topLevelCommand_buildsItAlone() {
        CommandLine single = Main.commandLine(CliContext.system(), "methods");
        CommandLine oneMethod = Main.commandLine(CliContext.system(), "list-records");
        CommandLine full = Main.commandLine(CliContext.system(), "--help");

        assertEquals(List.of("methods"), List.copyOf(single.getSubcommands().keySet()));
        assertEquals(List.of("list-records"), List.copyOf(oneMethod.getSubcommands().keySet()));
        assertTrue(full.getSubcommands().keySet().containsAll(List.of("methods", "call",
                "records", "completion", "add-record", "list-records")));
        for (ApiMethod method : ApiMethod.values()) {
            assertTrue(full.getSubcommands().containsKey(method.wireName()), method.wireName());
        }
    }

    @Test
    void help_documentsExitCodes() {
        CliRunner.Result result = new CliRunner().run("--help");

        assertEquals(0, result.exitCode());
        assertTrue(result.out().contains("add-record"));
        assertTrue(result.out().contains("  2  invalid usage or input (nothing was sent)"));
        assertTrue(result.out().contains("  3  network failure or timeout"));
    }

    @Test
    void run_withoutArguments_printsUsage() {
        CliRunner.Result result = new CliRunner().run();

        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("Usage: njalla"), result.err());
    }

    @Test
    void unknownCommand_exitsWithUsageCode() {
        CliRunner.Result result = new CliRunner().run("add-recrd");

        assertEquals(2, result.exitCode());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("did you mean add-record"), result.err());
    }

    @Test
    void apiError_exitsOneWithOneLine() {
        api.error(403, "permission denied");

        CliRunner.Result result = api.runner().run("list-records", "--domain", "example.com");

        assertEquals(1, result.exitCode());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("njalla list-records failed: 403 permission denied"),
                result.err());
        assertFalse(result.err().contains("\tat "), result.err());
    }

    @Test
    void malformedResponse_exitsOne() {
        api.server.enqueue(new MockResponse().setBody("{\"jsonrpc\":\"2.0\",\"id\":\"1\"}"));

        CliRunner.Result result = api.runner().run("get-balance");

        assertEquals(1, result.exitCode());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("neither result nor error"), result.err());
    }

    @Test
    void refusedConnection_exitsThree() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        CliRunner.Result result = new CliRunner()
                .env("NJALLA_API_URL", "http://127.0.0.1:" + port + "/api/1/")
                .env("NJALLA_TOKEN", MockApi.TOKEN)
                .run("list-domains");

        assertEquals(3, result.exitCode());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("list-domains"), result.err());
        assertTrue(result.err().endsWith("NJALLA_API_URL), then retry\n"), result.err());
    }

    @Test
    void readTimeout_exitsThree() {
        api.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

        // remove-vpn changes state, so the client does not send it again after a timeout.
        CliRunner.Result result = api.runner().run("remove-vpn", "--id", "v1",
                "--read-timeout", "1s");

        assertEquals(3, result.exitCode());
        assertTrue(result.err().contains("timed out"), result.err());
        assertTrue(result.err().contains("remove-vpn may or may not have been carried out"),
                result.err());
    }

    @Test
    void htmlErrorPage_exitsThree() {
        api.server.enqueue(new MockResponse().setResponseCode(502)
                .setBody("<html>Bad Gateway</html>"));

        CliRunner.Result result = api.runner().run("remove-vpn", "--id", "v1");

        assertEquals(3, result.exitCode());
        assertTrue(result.err().contains("HTTP 502"), result.err());
    }

    @Test
    void debug_printsStackTrace() {
        api.error(403, "permission denied");

        CliRunner.Result result = api.runner().run("--debug", "list-domains");

        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("NjallaApiException"), result.err());
        assertTrue(result.err().contains("\tat "), result.err());
    }

    @Test
    void tokenOption_doesNotExist() {
        CliRunner.Result result = api.runner().run("list-domains", "--token", "abc");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("Unknown options: '--token'"), result.err());
        assertEquals(0, api.requestCount());
    }

    @Test
    void missingToken_exitsTwo() {
        CliRunner.Result result = new CliRunner().env("NJALLA_API_URL", api.url())
                .run("list-domains");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("njalla list-domains: no Njalla API token"),
                result.err());
        assertEquals(0, api.requestCount());
    }

    @Test
    void tokenFile_groupReadable_isRejected() throws Exception {
        Path file = dir.resolve("token");
        Files.writeString(file, MockApi.TOKEN + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        CliRunner.Result result = new CliRunner().env("NJALLA_API_URL", api.url())
                .run("list-domains", "--token-file", file.toString());

        assertEquals(2, result.exitCode());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("run: chmod 600 " + file), result.err());
        assertFalse(result.err().contains(MockApi.TOKEN));
        assertEquals(0, api.requestCount());
    }

    @Test
    void tokenFile_private_isSent() throws Exception {
        Path file = dir.resolve("token");
        Files.writeString(file, "'" + MockApi.TOKEN + "'\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        api.result("{\"domains\":[]}");

        CliRunner.Result result = new CliRunner().env("NJALLA_API_URL", api.url())
                .env("NJALLA_TOKEN_FILE", file.toString())
                .run("list-domains");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("Njalla " + MockApi.TOKEN, api.takeRequest().getHeader("Authorization"));
    }

    @Test
    void apiUrl_notHttp_exitsTwo() {
        CliRunner.Result result = api.runner().run("list-domains", "--api-url",
                "ftp://127.0.0.1/");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("invalid API URL 'ftp://127.0.0.1/'"), result.err());
    }

    @Test
    void completion_printsBashScript() {
        CliRunner.Result result = new CliRunner().run("completion");

        assertEquals(0, result.exitCode());
        assertTrue(result.out().contains("complete -F"), result.out());
        assertTrue(result.out().contains("add-record"));
        assertTrue(result.out().contains("--allowed-domains"));
    }
}

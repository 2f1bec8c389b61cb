package org.njalla4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallCommandTest {

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
    void call_sendsParamsAsGiven() throws Exception {
        api.result("{\"name\":\"example.com\",\"status\":\"active\"}");

        CliRunner.Result result = api.runner().run("call", "get-domain", "--params",
                "{\"domain\":\"example.com\",\"n\":3,\"list\":[\"a\"]}");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("name    example.com\nstatus  active\n", result.out());
        JsonNode body = api.takeBody();
        assertEquals("get-domain", body.path("method").asText());
        assertEquals(MockApi.MAPPER.readTree("{\"domain\":\"example.com\",\"n\":3,"
                + "\"list\":[\"a\"]}"), body.path("params"));
    }

    @Test
    void call_methodNotInCatalogue_isSent() throws Exception {
        api.result("{}");

        CliRunner.Result result = api.runner().run("call", "future-method");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.out());
        JsonNode body = api.takeBody();
        assertEquals("future-method", body.path("method").asText());
        assertEquals(MockApi.MAPPER.createObjectNode(), body.path("params"));
    }

    @Test
    void call_paramsFromFile() throws Exception {
        api.result("{}");
        Path file = dir.resolve("params.json");
        Files.writeString(file, "{\"domain\":\"example.com\"}");

        CliRunner.Result result = api.runner().run("call", "list-records", "--params",
                "@" + file);

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("example.com", api.takeBody().path("params").path("domain").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,2]", "\"text\"", "42", "{broken", ""})
    void call_paramsNotAnObject_exitsTwo(String params) {
        CliRunner.Result result = api.runner().run("call", "get-domain", "--params", params);

        assertEquals(2, result.exitCode());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("njalla call: --params"), result.err());
        assertEquals(0, api.requestCount());
    }

    @Test
    void call_secretOnCommandLine_isRejected() {
        CliRunner.Result result = api.runner().run("call", "remove-token", "--params",
                "{\"key\":\"abc\"}");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("is a secret"), result.err());
        assertEquals(0, api.requestCount());
    }

    @Test
    void call_secretInOpenFile_isRejected() throws Exception {
        Path file = dir.resolve("params.json");
        Files.writeString(file, "{\"key\":\"abc\"}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        CliRunner.Result result = api.runner().run("call", "remove-token", "--params",
                "@" + file);

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("chmod 600 " + file), result.err());
        assertEquals(0, api.requestCount());
    }

    @Test
    void call_brokenParamsFile_doesNotEchoContent() throws Exception {
        Path file = dir.resolve("params.json");
        Files.writeString(file, "{\"key\": secretvalue}");

        CliRunner.Result result = api.runner().run("call", "remove-token", "--params",
                "@" + file);

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("syntax error at line 1"), result.err());
        assertFalse(result.err().contains("secretvalue"), result.err());
    }

    @Test
    void call_secretFromStandardInput() throws Exception {
        api.result("{}");

        CliRunner.Result result = api.runner().stdin("{\"key\":\"abc\"}")
                .run("call", "remove-token", "--params", "-");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("abc", api.takeBody().path("params").path("key").asText());
    }

    @Test
    void call_addRecordBadTtl_sendsNothing() {
        CliRunner.Result result = api.runner().run("call", "add-record", "--params",
                "{\"domain\":\"example.com\",\"type\":\"TXT\",\"name\":\"x\",\"ttl\":120}");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("invalid ttl 120"), result.err());
        assertEquals(0, api.requestCount());
    }

    @Test
    void call_json_printsIndentedResult() {
        api.result("{\"balance\":15}");

        CliRunner.Result result = api.runner().run("call", "get-balance", "--json");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("{\n  \"balance\" : 15\n}\n", result.out());
    }
}

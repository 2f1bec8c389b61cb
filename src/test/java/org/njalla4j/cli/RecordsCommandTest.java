package org.njalla4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordsCommandTest {

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

    private String recordsResult() {
        return "{\"records\":" + String.format(ZoneExportTest.RECORDS, ZoneExportTest.LONG_TXT)
                + "}";
    }

    @Test
    void export_printsZoneOfListedRecords() throws Exception {
        api.result(recordsResult());

        CliRunner.Result result = api.runner().run("records", "export", "example.com");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(new ZoneExport("example.com", ZoneExportTest.records()).render(),
                result.out());
        JsonNode body = api.takeBody();
        assertEquals("list-records", body.path("method").asText());
        assertEquals("example.com", body.path("params").path("domain").asText());
    }

    @Test
    void export_outputFile_replacesAtomically() throws Exception {
        api.result(recordsResult());
        Path file = dir.resolve("example.com.zone");
        Files.writeString(file, "old");

        CliRunner.Result result = api.runner().run("records", "export", "example.com.",
                "--output", file.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.out());
        assertTrue(Files.readString(file).contains("$ORIGIN example.com.\n"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void export_apiError_leavesOutputUntouched() throws Exception {
        api.error(403, "permission denied");
        Path file = dir.resolve("example.com.zone");
        Files.writeString(file, "old");

        CliRunner.Result result = api.runner().run("records", "export", "example.com",
                "-o", file.toString());

        assertEquals(1, result.exitCode());
        assertEquals("old", Files.readString(file));
    }

    @Test
    void export_invalidDomain_sendsNothing() {
        CliRunner.Result result = api.runner().run("records", "export", "exa mple.com");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("invalid domain 'exa mple.com'"), result.err());
        assertEquals(0, api.requestCount());
    }

    @Test
    void export_unicodeDomain_sentInAsciiForm() throws Exception {
        api.result("{\"records\":[]}");

        CliRunner.Result result = api.runner().run("records", "export", "b\u00fccher.example");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("$ORIGIN xn--bcher-kva.example.\n"), result.out());
        assertEquals("xn--bcher-kva.example",
                api.takeBody().path("params").path("domain").asText());
    }

    @Test
    void import_sendsCheckedZone() throws Exception {
        api.result("{}");
        Path file = dir.resolve("zone");
        String zone = "$ORIGIN example.com.\n$TTL 3600\n@ IN A 192.0.2.1\n"
                + "www 300 IN CNAME @\n; Dynamic @ 60\n";
        Files.writeString(file, zone);

        CliRunner.Result result = api.runner().run("records", "import", "example.com",
                file.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.out());
        JsonNode body = api.takeBody();
        assertEquals("import-zone", body.path("method").asText());
        assertEquals("example.com", body.path("params").path("domain").asText());
        assertEquals(zone, body.path("params").path("zone").asText());
    }

    @Test
    void import_exportedZoneFromStandardInput() throws Exception {
        api.result("{}");
        String zone = new ZoneExport("example.com", ZoneExportTest.records()).render();

        CliRunner.Result result = api.runner().stdin(zone)
                .run("records", "import", "example.com", "-");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(zone, api.takeBody().path("params").path("zone").asText());
    }

    @Test
    void import_syntaxError_sendsNothing() throws Exception {
        Path file = dir.resolve("zone");
        Files.writeString(file, "@ 3600 IN A not-an-address\n");

        CliRunner.Result result = api.runner().run("records", "import", "example.com",
                file.toString());

        assertEquals(2, result.exitCode());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("fix the zone file"), result.err());
        assertEquals(0, api.requestCount());
    }

    @Test
    void import_recordOutsideZone_sendsNothing() throws Exception {
        Path file = dir.resolve("zone");
        Files.writeString(file, "www.example.org. 3600 IN A 192.0.2.1\n");

        CliRunner.Result result = api.runner().run("records", "import", "example.com",
                file.toString());

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("is outside example.com."), result.err());
        assertEquals(0, api.requestCount());
    }

    @Test
    void import_include_isRejected() throws Exception {
        Path file = dir.resolve("zone");
        Files.writeString(file, "$INCLUDE /etc/passwd\n");

        CliRunner.Result result = api.runner().run("records", "import", "example.com",
                file.toString());

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("$INCLUDE"), result.err());
        assertFalse(result.err().contains("root:"), result.err());
        assertEquals(0, api.requestCount());
    }

    @Test
    void import_missingFile_sendsNothing() {
        CliRunner.Result result = api.runner().run("records", "import", "example.com",
                dir.resolve("absent").toString());

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("not found"), result.err());
        assertEquals(0, api.requestCount());
    }
}

package org.njalla4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.njalla4j.emulator.Emulator;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/** The njalla command against the emulator's API and authoritative DNS server. */
class CliEmulatorTest {

    @TempDir
    Path dir;

    private Emulator emulator;
    private CliRunner cli;

    @BeforeEach
    void start() throws Exception {
        emulator = Emulator.builder().domains("example.com")
                .propagationDelay(Duration.ZERO).start();
        Path tokenFile = dir.resolve("token");
        Files.writeString(tokenFile, emulator.fullAccessToken() + "\n");
        Files.setPosixFilePermissions(tokenFile, PosixFilePermissions.fromString("rw-------"));
        cli = new CliRunner().env("NJALLA_API_URL", emulator.apiUrl().toString())
                .env("NJALLA_TOKEN_FILE", tokenFile.toString());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void addRecord_isServedOverDns() throws Exception {
        CliRunner.Result added = cli.run("add-record", "--domain", "example.com", "--type",
                "TXT", "--name", "_acme-challenge", "--content", "token-value", "--ttl", "60",
                "--json");

        assertEquals(0, added.exitCode(), added.err());
        JsonNode record = MockApi.MAPPER.readTree(added.out());
        assertEquals("_acme-challenge", record.path("name").asText());
        assertEquals(List.of("token-value"), txt("_acme-challenge.example.com."));
    }

    @Test
    void listAndRemoveRecord_roundTrip() throws Exception {
        CliRunner.Result added = cli.run("add-record", "--domain", "example.com", "--type",
                "A", "--name", "www", "--content", "192.0.2.7", "--ttl", "300", "--json");
        String id = MockApi.MAPPER.readTree(added.out()).path("id").asText();

        CliRunner.Result listed = cli.run("list-records", "--domain", "example.com");
        CliRunner.Result removed = cli.run("remove-record", "--domain", "example.com",
                "--id", id);
        CliRunner.Result after = cli.run("list-records", "--domain", "example.com");

        assertEquals(0, listed.exitCode(), listed.err());
        assertTrue(listed.out().startsWith("ID"), listed.out());
        assertTrue(listed.out().lines().anyMatch(line -> line.startsWith(id + " ")
                && line.contains("www") && line.endsWith("192.0.2.7")), listed.out());
        assertEquals(0, removed.exitCode(), removed.err());
        assertFalse(after.out().contains("192.0.2.7"), after.out());
    }

    @Test
    void export_writesAddedRecords() throws Exception {
        cli.run("add-record", "--domain", "example.com", "--type", "MX", "--name", "@",
                "--content", "mail.example.com", "--prio", "10", "--ttl", "3600");
        cli.run("add-record", "--domain", "example.com", "--type", "TXT", "--name", "@",
                "--content", "v=spf1 -all", "--ttl", "3600");
        Path zone = dir.resolve("example.com.zone");

        CliRunner.Result exported = cli.run("records", "export", "example.com", "-o",
                zone.toString());

        assertEquals(0, exported.exitCode(), exported.err());
        String text = Files.readString(zone).replaceAll(" +", " ");
        assertTrue(text.contains("IN MX 10 mail.example.com."), text);
        assertTrue(text.contains("IN TXT \"v=spf1 -all\""), text);
    }

    @Test
    void exportedZone_importsBack() throws Exception {
        cli.run("add-record", "--domain", "example.com", "--type", "MX", "--name", "@",
                "--content", "mail.example.com", "--prio", "10", "--ttl", "3600");
        cli.run("add-record", "--domain", "example.com", "--type", "TXT", "--name", "@",
                "--content", "v=spf1 -all", "--ttl", "3600");
        Path zone = dir.resolve("example.com.zone");
        cli.run("records", "export", "example.com", "-o", zone.toString());

        CliRunner.Result imported = cli.run("records", "import", "example.com",
                zone.toString());
        CliRunner.Result listed = cli.run("list-records", "--domain", "example.com", "--json");

        assertEquals(0, imported.exitCode(), imported.err());
        List<String> types = new ArrayList<>();
        MockApi.MAPPER.readTree(listed.out()).path("records")
                .forEach(record -> types.add(record.path("type").asText()));
        assertEquals(List.of("MX", "MX", "TXT", "TXT"), types.stream().sorted().toList());
    }

    @Test
    void addToken_keyHiddenFromList() throws Exception {
        CliRunner.Result added = cli.run("add-token", "--comment", "acme", "--acme");
        CliRunner.Result listed = cli.run("list-tokens");

        assertEquals(0, added.exitCode(), added.err());
        assertTrue(added.err().contains("store this key now"), added.err());
        String key = added.out().lines().filter(line -> line.startsWith("key "))
                .map(line -> line.substring(4).strip()).findFirst().orElseThrow();
        assertEquals(0, listed.exitCode(), listed.err());
        assertTrue(listed.out().contains("acme"), listed.out());
        assertFalse(listed.out().contains(key), listed.out());
        assertFalse(listed.out().contains(emulator.fullAccessToken()), listed.out());
    }

    @Test
    void wrongToken_exitsOne() {
        CliRunner.Result result = new CliRunner()
                .env("NJALLA_API_URL", emulator.apiUrl().toString())
                .env("NJALLA_TOKEN", "0000000000000000000000000000000000000000")
                .run("list-domains");

        assertEquals(1, result.exitCode());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("njalla list-domains failed:"), result.err());
    }

    @Test
    void listRecords_emptyZone_saysNoRecords() {
        CliRunner.Result result = cli.run("list-records", "--domain", "example.com");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.out());
        assertEquals("njalla list-records: no records", result.err().strip());
    }

    @Test
    void removeRecord_unknownId_namesIdAndFix() {
        CliRunner.Result result = cli.run("remove-record", "--domain", "example.com",
                "--id", "no-such-id");

        assertEquals(1, result.exitCode(), result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().contains("Invalid arguments"), result.err());
        assertTrue(result.err().contains("record id no-such-id in example.com"), result.err());
        assertTrue(result.err().contains("njalla list-records --domain example.com"),
                result.err());
    }

    private List<String> txt(String name) throws Exception {
        SimpleResolver resolver = new SimpleResolver(emulator.dnsAddress());
        resolver.setTimeout(Duration.ofSeconds(10));
        Message query = Message.newQuery(Record.newRecord(Name.fromString(name), Type.TXT,
                DClass.IN));
        List<String> values = new ArrayList<>();
        for (Record record : resolver.send(query).getSection(Section.ANSWER)) {
            values.addAll(((TXTRecord) record).getStrings());
        }
        return values;
    }
}

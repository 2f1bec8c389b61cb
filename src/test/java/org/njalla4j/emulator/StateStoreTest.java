package org.njalla4j.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.njalla4j.emulator.Fixture.call;
import static org.njalla4j.emulator.Fixture.params;
import static org.njalla4j.emulator.Fixture.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.njalla4j.client.NjallaClient;
import org.xbill.DNS.Message;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

class StateStoreTest {

    @TempDir
    Path dir;

    @Test
    void restart_keepsRecordsTokensAndFullAccessToken() throws Exception {
        Path file = dir.resolve("state.json");
        String fullToken;
        String acmeKey;
        long serialBefore;
        try (Emulator first = Emulator.builder().domains("example.com").stateFile(file)
                .start()) {
            fullToken = first.fullAccessToken();
            NjallaClient client = Fixture.client(first);
            call(client, "add-record", "domain", "example.com", "name", "kept",
                    "type", "TXT", "content", "v", "ttl", 60);
            acmeKey = client.call("add-token", params("acme", true)).path("key").asText();
            serialBefore = serial(first);
        }
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)));
        try (Emulator second = Emulator.builder().stateFile(file).start()) {
            assertEquals(fullToken, second.fullAccessToken());
            NjallaClient acme = Fixture.client(second, acmeKey);
            JsonNode records = call(acme, "list-records", "domain", "example.com");
            assertEquals(0, records.path("records").size());
            JsonNode all = call(Fixture.client(second), "list-records", "domain", "example.com");
            assertEquals("kept", all.path("records").get(0).path("name").asText());
            assertEquals(1, query(second, "kept.example.com.", Type.TXT, false)
                    .getSection(Section.ANSWER).size());
            assertTrue(serial(second) >= serialBefore);
        }
    }

    @Test
    void save_leavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("state.json");
        try (Emulator emulator = Emulator.builder().domains("example.com").stateFile(file)
                .start()) {
            call(Fixture.client(emulator), "add-record", "domain", "example.com",
                    "name", "a", "type", "A", "content", "192.0.2.1", "ttl", 60);
        }
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void load_rejectsCorruptFile() throws Exception {
        Path file = dir.resolve("state.json");
        Files.writeString(file, "{not json");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Emulator.builder().stateFile(file).start());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    private static long serial(Emulator emulator) throws Exception {
        Message answer = query(emulator, "example.com.", Type.SOA, false);
        return ((SOARecord) answer.getSection(Section.ANSWER).get(0)).getSerial();
    }
}

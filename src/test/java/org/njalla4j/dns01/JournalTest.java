package org.njalla4j.dns01;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path dir;

    private static Journal.Entry pending(String value) {
        return new Journal.Entry("run-1", "*.example.com", "example.com", "_acme-challenge",
                value, null, Instant.parse("2026-01-02T03:04:05Z"), Journal.State.PENDING);
    }

    @Test
    void open_missingFileIsEmpty() throws Exception {
        try (Journal journal = Journal.open(dir.resolve("state/journal.json"))) {
            assertEquals(List.of(), journal.entries());
            assertFalse(Files.exists(journal.file()));
        }
    }

    @Test
    void put_persistsAcrossReopen() throws Exception {
        Path file = dir.resolve("journal.json");
        try (Journal journal = Journal.open(file)) {
            journal.put(pending("value-a"));
            journal.put(pending("value-b").added("42"));
        }
        try (Journal journal = Journal.open(file)) {
            List<Journal.Entry> entries = journal.entries();
            assertEquals(2, entries.size());
            assertEquals(pending("value-a"), entries.get(0));
            assertEquals("42", entries.get(1).id());
            assertEquals(Journal.State.ADDED, entries.get(1).state());
        }
    }

    @Test
    void put_replacesEntryForSameRecord() throws Exception {
        try (Journal journal = Journal.open(dir.resolve("journal.json"))) {
            journal.put(pending("value-a"));
            journal.put(pending("value-a").added("7"));
            assertEquals(1, journal.entries().size());
            assertEquals("7", journal.entries().get(0).id());
        }
    }

    @Test
    void remove_dropsEntry() throws Exception {
        Path file = dir.resolve("journal.json");
        try (Journal journal = Journal.open(file)) {
            journal.put(pending("value-a"));
            journal.put(pending("value-b"));
            journal.remove(pending("value-a"));
        }
        try (Journal journal = Journal.open(file)) {
            assertEquals(List.of(pending("value-b")), journal.entries());
        }
    }

    @Test
    void write_ownerOnlyWithoutTempFile() throws Exception {
        Path file = dir.resolve("journal.json");
        try (Journal journal = Journal.open(file)) {
            journal.put(pending("value-a"));
        }
        assertEquals("rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void write_storesDocumentedFields() throws Exception {
        Path file = dir.resolve("journal.json");
        try (Journal journal = Journal.open(file)) {
            journal.put(pending("value-a"));
        }
        String json = Files.readString(file);
        for (String field : List.of("\"zone\"", "\"name\"", "\"value\"", "\"id\" : null",
                "\"created\"", "\"state\" : \"pending\"")) {
            assertTrue(json.contains(field), field + " missing in " + json);
        }
    }

    @Test
    void open_rejectsSecondOpenInSameProcess() throws Exception {
        Path file = dir.resolve("journal.json");
        try (Journal journal = Journal.open(file)) {
            Dns01Exception e = assertThrows(Dns01Exception.class, () -> Journal.open(file));
            assertTrue(e.getMessage().contains("already open"), e.getMessage());
        }
        try (Journal again = Journal.open(file)) {
            assertEquals(List.of(), again.entries());
        }
    }

    @Test
    void open_rejectsCorruptFile() throws Exception {
        Path file = dir.resolve("journal.json");
        Files.writeString(file, "{not json");
        Dns01Exception e = assertThrows(Dns01Exception.class, () -> Journal.open(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertEquals("{not json", Files.readString(file));
    }

    @Test
    void open_rejectsPendingEntryWithId() throws Exception {
        Path file = dir.resolve("journal.json");
        String json = "{\"version\":1,\"entries\":[{\"run\":\"r\",\"identifier\":"
                + "\"example.com\",\"zone\":\"example.com\",\"name\":\"_acme-challenge\","
                + "\"value\":\"v\",\"id\":\"9\",\"created\":\"2026-01-02T03:04:05Z\","
                + "\"state\":\"pending\"}]}";
        Files.writeString(file, json);

        Dns01Exception e = assertThrows(Dns01Exception.class, () -> Journal.open(file));
        assertTrue(e.getMessage().contains("PENDING with id 9"), e.getMessage());
    }

    @Test
    void entry_requiresIdExactlyWhenAdded() {
        Instant now = Instant.now();
        assertThrows(IllegalArgumentException.class, () -> new Journal.Entry("r", "a.example",
                "a.example", "_acme-challenge", "v", null, now, Journal.State.ADDED));
        assertThrows(IllegalArgumentException.class, () -> new Journal.Entry("r", "a.example",
                "a.example", "_acme-challenge", "v", "1", now, Journal.State.PENDING));
    }

    @Test
    void put_afterCloseFails() throws Exception {
        Journal journal = Journal.open(dir.resolve("journal.json"));
        journal.close();
        assertThrows(IllegalStateException.class, () -> journal.put(pending("value-a")));
    }

    @Test
    void open_waitsForLockOfOtherProcess() throws Exception {
        Path file = dir.resolve("journal.json");
        Path javaBinary = Path.of(System.getProperty("java.home"), "bin", "java");
        Process holder = new ProcessBuilder(javaBinary.toString(), "-cp",
                System.getProperty("java.class.path"), JournalLockHolder.class.getName(),
                file.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(
                holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("locked", output.readLine());

            ByteArrayOutputStream log = new ByteArrayOutputStream();
            PrintStream stderr = System.err;
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            Dns01Exception e;
            try {
                e = assertThrows(Dns01Exception.class,
                        () -> Journal.open(file, Duration.ofMillis(300)));
            } finally {
                System.setErr(stderr);
            }
            assertTrue(e.getMessage().contains("still locked by another process"),
                    e.getMessage());
            String text = log.toString(StandardCharsets.UTF_8);
            assertTrue(text.contains("waiting for another njalla run holding " + file), text);

            holder.getOutputStream().close();
            assertTrue(holder.waitFor(60, TimeUnit.SECONDS));
        } finally {
            holder.destroy();
        }
        try (Journal journal = Journal.open(file, Duration.ofSeconds(10))) {
            assertEquals(List.of(), journal.entries());
        }
    }
}

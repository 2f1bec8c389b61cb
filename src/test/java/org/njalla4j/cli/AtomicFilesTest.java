package org.njalla4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void write_replacesContent() throws IOException {
        Path file = dir.resolve("out.txt");
        Files.writeString(file, "old");

        AtomicFiles.write(file, "new\n");

        assertEquals("new\n", Files.readString(file));
        assertEquals(List.of(file), listDir());
    }

    @Test
    void writePrivate_setsOwnerOnlyMode() throws IOException {
        Path file = dir.resolve("secret.json");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        AtomicFiles.writePrivate(file, "{}\n");

        assertEquals("{}\n", Files.readString(file));
        assertEquals("rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void write_missingDirectoryLeavesNothing() throws IOException {
        Path file = dir.resolve("absent").resolve("out.txt");

        assertThrows(IOException.class, () -> AtomicFiles.write(file, "text"));
        assertEquals(List.of(), listDir());
    }

    private List<Path> listDir() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}

package org.njalla4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedInputTest {

    @TempDir
    Path dir;

    @Test
    void read_returnsUtf8Text() throws Exception {
        InputStream in = new ByteArrayInputStream("{\"name\":\"bücher\"}"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("{\"name\":\"bücher\"}", BoundedInput.read(in, "input"));
    }

    @Test
    void read_rejectsOversizedStream() {
        InputStream in = new ByteArrayInputStream(new byte[BoundedInput.MAX_BYTES + 1]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BoundedInput.read(in, "zone on standard input"));
        assertTrue(e.getMessage().startsWith("zone on standard input is larger than"),
                e.getMessage());
    }

    @Test
    void read_rejectsInvalidUtf8File() throws Exception {
        Path file = dir.resolve("latin1.zone");
        Files.write(file, new byte[] {'a', (byte) 0xe9, 'b'});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BoundedInput.read(file, "zone file " + file));
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }
}

package org.njalla4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads user input up to a size limit, so that a huge file or stream fails with a message. */
final class BoundedInput {

    /** The limit for parameter and zone files: 16 MiB. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private BoundedInput() {
    }

    /**
     * Reads {@code in} to its end as UTF-8.
     *
     * @param inputName the input as messages name it, such as {@code zone file x.zone}
     * @throws IllegalArgumentException when {@code in} has more than {@link #MAX_BYTES} or
     *     is not valid UTF-8, so that no replaced characters reach the API
     */
    static String read(InputStream in, String inputName) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException(inputName + " is larger than " + MAX_BYTES
                    + " bytes (16 MiB); split it or give a smaller one");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(inputName
                    + " is not valid UTF-8; convert it to UTF-8");
        }
    }

    /** Reads {@code file} as {@link #read(InputStream, String)} reads a stream. */
    static String read(Path file, String inputName) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, inputName);
        }
    }
}

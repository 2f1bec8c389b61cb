package org.njalla4j.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes files so that readers see the old content or the new, never a part. */
final class AtomicFiles {

    private static final FileAttribute<?> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private AtomicFiles() {
    }

    /**
     * Writes {@code text} to a temporary file beside {@code target}, then moves it over
     * {@code target}. On failure the target is unchanged and the temporary file removed.
     */
    static void write(Path target, String text) throws IOException {
        write(target, text, new FileAttribute<?>[0]);
    }

    /** Writes {@code text} as {@link #write} does, to a file of mode 0600 for secrets. */
    static void writePrivate(Path target, String text) throws IOException {
        write(target, text, OWNER_ONLY);
    }

    private static void write(Path target, String text, FileAttribute<?>... attributes)
            throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Path temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp",
                attributes);
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            move(temporary, absolute);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

package org.njalla4j.emulator;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Reads and writes the emulator's state file. Each save writes a temporary file with
 * mode 0600 beside the target and moves it into place atomically, so a crash leaves
 * either the old or the new state, never a mix. The file contains token keys.
 */
final class StateStore {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    StateStore(Path file) {
        this.file = file.toAbsolutePath();
    }

    Path file() {
        return file;
    }

    /** The saved account, or empty when the file does not exist yet. */
    Optional<AccountState> load() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.readValue(file.toFile(), AccountState.class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // Invalid content is bad input, not an I/O failure; Jackson's own message
            // spans several lines, so only the position is kept.
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column "
                    + at.getColumnNr();
            throw new IllegalArgumentException("invalid emulator state " + file
                    + ": not a valid state file" + where + "; fix or delete the file", e);
        } catch (IOException e) {
            throw new IOException("cannot read emulator state " + file + ": " + e.getMessage()
                    + "; fix or delete the file", e);
        }
    }

    /** Writes {@code account} atomically; throws {@link UncheckedIOException} on failure. */
    void save(AccountState account) {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.deleteIfExists(temp);
            createPrivate(temp);
            MAPPER.writeValue(temp.toFile(), account);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write emulator state " + file, e);
        }
    }

    private static void createPrivate(Path path) throws IOException {
        try {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(path);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("temporary state file appeared while writing: " + path, e);
        }
    }
}

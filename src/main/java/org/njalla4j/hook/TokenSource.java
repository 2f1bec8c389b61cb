package org.njalla4j.hook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Loads the API token from {@code NJALLA_TOKEN} or from the file {@code NJALLA_TOKEN_FILE}
 * names. A token file must not be accessible to group or others, so that a token does
 * not leak through a file mode mistake.
 */
final class TokenSource {

    private static final Set<PosixFilePermission> GROUP_OR_OTHER = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private TokenSource() {
    }

    /**
     * Returns the token from exactly one of the two settings.
     *
     * @throws HookException when neither or both are set, or the file is unusable
     */
    static String load(String token, String tokenFile) throws HookException {
        if (token != null && tokenFile != null) {
            throw HookException.invalid("both " + HookSettings.TOKEN + " and "
                    + HookSettings.TOKEN_FILE + " are set; keep only one");
        }
        if (token != null) {
            return checkShape(token, HookSettings.TOKEN);
        }
        if (tokenFile == null) {
            throw HookException.invalid("no API token: set " + HookSettings.TOKEN_FILE
                    + " to a file with mode 600 that contains the token, or "
                    + HookSettings.TOKEN);
        }
        return readFile(Path.of(tokenFile));
    }

    private static String readFile(Path file) throws HookException {
        String where = HookSettings.TOKEN_FILE + " " + file;
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!java.util.Collections.disjoint(permissions, GROUP_OR_OTHER)) {
                throw HookException.invalid(where + " is accessible to others; run chmod 600 "
                        + file);
            }
        } catch (UnsupportedOperationException e) {
            // A file system without POSIX modes: nothing to check.
        } catch (NoSuchFileException e) {
            throw HookException.invalid(where + " does not exist; check the path");
        } catch (IOException e) {
            throw HookException.invalid("cannot read " + where + ": " + e.getMessage());
        }
        try {
            return checkShape(Files.readString(file, StandardCharsets.UTF_8).strip(), where);
        } catch (IOException e) {
            throw HookException.invalid("cannot read " + where + ": " + e.getMessage()
                    + "; check its permissions");
        }
    }

    private static String checkShape(String token, String where) throws HookException {
        String stripped = token.strip();
        if (stripped.isEmpty()) {
            throw HookException.invalid(where + " is empty; put the API token in it");
        }
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c <= ' ' || c == 0x7f) {
                throw HookException.invalid(where + " contains whitespace or control"
                        + " characters; it must hold the API token alone");
            }
        }
        return stripped;
    }
}

package org.njalla4j.hook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

/**
 * The directory holding the hooks' state files: {@code $NJALLA_STATE_DIR}, else
 * {@code $XDG_STATE_HOME/njalla4j}, else {@code ~/.local/state/njalla4j}. It is kept at
 * mode 0700 because the state files name the records and zones of an account.
 */
final class StateDirectory {

    private static final Set<PosixFilePermission> OWNER_ONLY =
            PosixFilePermissions.fromString("rwx------");

    private StateDirectory() {
    }

    /** Resolves the directory without touching the file system. */
    static Path locate(String explicit, Map<String, String> env) throws HookException {
        if (explicit != null) {
            return Path.of(explicit).toAbsolutePath();
        }
        String xdg = ConfigFile.nonBlank(env.get("XDG_STATE_HOME"));
        if (xdg != null) {
            return Path.of(xdg, "njalla4j").toAbsolutePath();
        }
        String home = ConfigFile.nonBlank(env.get("HOME"));
        if (home == null) {
            throw HookException.invalid("no state directory: set " + HookSettings.STATE_DIR
                    + " or HOME");
        }
        return Path.of(home, ".local", "state", "njalla4j");
    }

    /**
     * Creates the directory with mode 0700 if needed, and narrows the mode of an
     * existing one to 0700.
     */
    static Path ensure(Path dir) throws HookException {
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
            }
            if (!Files.getPosixFilePermissions(dir).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(dir, OWNER_ONLY);
            }
            return dir;
        } catch (UnsupportedOperationException e) {
            return dir;
        } catch (IOException e) {
            throw HookException.invalid("cannot use state directory " + dir + ": " + e
                    + "; set " + HookSettings.STATE_DIR + " to a writable directory");
        }
    }
}

package org.njalla4j.hook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The hook configuration file: {@code KEY=VALUE} lines, blank lines and {@code #}
 * comments, an optional {@code export } prefix and one optional pair of quotes around a
 * value. Keys are the environment variables the hooks read. A file that contains
 * {@code NJALLA_TOKEN} must not be readable by group or others.
 */
final class ConfigFile {

    private static final Set<PosixFilePermission> GROUP_OR_OTHER = Set.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private ConfigFile() {
    }

    /**
     * Finds the configuration file: {@code $NJALLA_CONFIG}, else
     * {@code $XDG_CONFIG_HOME/njalla4j/hook.conf}, else
     * {@code ~/.config/njalla4j/hook.conf}. Returns null when no location is known.
     */
    static Path locate(Map<String, String> env) {
        String explicit = nonBlank(env.get(HookSettings.CONFIG));
        if (explicit != null) {
            return Path.of(explicit);
        }
        String xdg = nonBlank(env.get("XDG_CONFIG_HOME"));
        if (xdg != null) {
            return Path.of(xdg, "njalla4j", "hook.conf");
        }
        String home = nonBlank(env.get("HOME"));
        return home == null ? null : Path.of(home, ".config", "njalla4j", "hook.conf");
    }

    /**
     * Reads the file's settings. A missing file gives no settings unless
     * {@code required}, which is the case when {@code $NJALLA_CONFIG} names it.
     *
     * @throws HookException naming the file and line for unreadable files, unknown keys,
     *     malformed lines and a token in a file readable by others
     */
    static Map<String, String> read(Path file, boolean required, Set<String> knownKeys)
            throws HookException {
        Objects.requireNonNull(file, "file");
        if (!Files.exists(file)) {
            if (required) {
                throw HookException.invalid("config file " + file + " (NJALLA_CONFIG) does not"
                        + " exist; create it or unset NJALLA_CONFIG");
            }
            return Map.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw HookException.invalid("cannot read config file " + file + ": " + e.getMessage()
                    + "; check its permissions");
        }
        Map<String, String> values = parse(file, lines, knownKeys);
        if (values.containsKey(HookSettings.TOKEN)) {
            checkPrivate(file);
        }
        return values;
    }

    private static Map<String, String> parse(Path file, List<String> lines, Set<String> known)
            throws HookException {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).strip();
            }
            int eq = line.indexOf('=');
            String where = file + " line " + (i + 1);
            if (eq <= 0) {
                throw HookException.invalid(where + " is not KEY=VALUE; fix or remove the line");
            }
            String key = line.substring(0, eq).strip();
            if (!known.contains(key)) {
                throw HookException.invalid(where + ": unknown setting " + key + "; use one of "
                        + String.join(", ", known));
            }
            values.put(key, unquote(line.substring(eq + 1).strip()));
        }
        return values;
    }

    private static void checkPrivate(Path file) throws HookException {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException | IOException e) {
            return;
        }
        for (PosixFilePermission permission : permissions) {
            if (GROUP_OR_OTHER.contains(permission)) {
                throw HookException.invalid("config file " + file + " contains NJALLA_TOKEN but"
                        + " others can access it; run chmod 600 " + file);
            }
        }
    }

    private static String unquote(String value) {
        if (value.length() >= 2) {
            char first = value.charAt(0);
            if ((first == '"' || first == '\'') && value.charAt(value.length() - 1) == first) {
                return value.substring(1, value.length() - 1);
            }
        }
        return value;
    }

    static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

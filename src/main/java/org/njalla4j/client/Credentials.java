package org.njalla4j.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads the Njalla API token and other secrets (token keys, passwords) from the
 * environment or from files that only their owner may read. Uses the JDK only, so the
 * hook adapters can load a token without the command line's dependencies.
 *
 * <p>The token comes from the file the caller passes, usually from a {@code --token-file}
 * option. Without one, it comes from exactly one of the variables {@value #TOKEN_VARIABLE},
 * which contains the token itself, and {@value #TOKEN_FILE_VARIABLE}, which names a file
 * holding it. Setting both variables, or setting one to an empty value, is rejected so
 * that a mistake in the environment never selects a token silently.
 * A secret file must not be readable or writable by group or others; otherwise it is
 * rejected with the {@code chmod 600} command that fixes it. Surrounding whitespace and
 * one pair of quotes are removed. No message of this class contains a secret.
 */
public final class Credentials {

    /** Environment variable that contains the API token itself. */
    public static final String TOKEN_VARIABLE = "NJALLA_TOKEN";

    /** Environment variable that names a file holding the API token. */
    public static final String TOKEN_FILE_VARIABLE = "NJALLA_TOKEN_FILE";

    /** Largest secret file accepted; a token is 40 characters, so this is generous. */
    static final int MAX_SECRET_BYTES = 64 * 1024;

    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_./+:=@%,-]+");

    private Credentials() {
    }

    /**
     * Returns the API token from {@code tokenFile}, or else from the environment as the
     * class documentation describes.
     *
     * @param env the process environment, such as {@code System.getenv()}
     * @param tokenFile a file named on the command line, or null
     * @throws CredentialsException with a one-line message when no token is configured,
     *     a variable is set but empty, both variables are set, or the file is missing,
     *     empty, unreadable or readable by group or others
     */
    public static String token(Map<String, String> env, Path tokenFile)
            throws CredentialsException {
        Optional<String> token = optionalToken(env, tokenFile);
        if (token.isPresent()) {
            return token.get();
        }
        throw new CredentialsException("no Njalla API token: set " + TOKEN_VARIABLE
                + ", or put the token in a file at mode 0600 and name it with --token-file or "
                + TOKEN_FILE_VARIABLE);
    }

    /**
     * Returns the API token like {@link #token}, or an empty result when neither
     * {@code tokenFile} nor either variable is set, for calls that work without a token.
     *
     * @throws CredentialsException when a token is configured but unusable, as for
     *     {@link #token}
     */
    public static Optional<String> optionalToken(Map<String, String> env, Path tokenFile)
            throws CredentialsException {
        Objects.requireNonNull(env, "env");
        if (tokenFile != null) {
            return Optional.of(readSecretFile(tokenFile, "token file"));
        }
        String inline = env.get(TOKEN_VARIABLE);
        String fileName = env.get(TOKEN_FILE_VARIABLE);
        if (inline != null && fileName != null) {
            throw new CredentialsException("both " + TOKEN_VARIABLE + " and "
                    + TOKEN_FILE_VARIABLE + " are set; set only one of them");
        }
        if (inline != null) {
            rejectEmpty(TOKEN_VARIABLE, inline, "put the token in it");
            return Optional.of(clean(inline, TOKEN_VARIABLE));
        }
        if (fileName != null) {
            rejectEmpty(TOKEN_FILE_VARIABLE, fileName, "name the token file in it");
            return Optional.of(readSecretFile(Path.of(fileName.strip()), "token file"));
        }
        return Optional.empty();
    }

    private static void rejectEmpty(String variable, String value, String fix)
            throws CredentialsException {
        if (value.isBlank()) {
            throw new CredentialsException(variable + " is set but empty; " + fix
                    + " or unset it");
        }
    }

    /**
     * Reads a secret from {@code file} after checking that group and others have no
     * access to it, and returns it without surrounding whitespace or quotes.
     *
     * @param file the file holding only the secret
     * @param description what the file holds, for messages, such as {@code "key file"}
     * @throws CredentialsException with a one-line message naming the file and the fix
     */
    public static String readSecretFile(Path file, String description)
            throws CredentialsException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(description, "description");
        checkPermissions(file, description);
        byte[] bytes = readBounded(file, description);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw new CredentialsException(description + " " + file
                    + " is empty; write the secret into it");
        }
        return clean(text, description + " " + file);
    }

    /**
     * Returns {@code secret} without surrounding whitespace and one pair of surrounding
     * single or double quotes.
     *
     * @param source where the secret came from, for messages
     * @throws CredentialsException when nothing is left, or whitespace remains inside
     */
    public static String clean(String secret, String source) throws CredentialsException {
        Objects.requireNonNull(secret, "secret");
        String value = secret.strip();
        if (value.length() >= 2 && isQuote(value.charAt(0))
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            value = value.substring(1, value.length() - 1).strip();
        }
        if (value.isEmpty()) {
            throw new CredentialsException(source + " contains only quotes or whitespace;"
                    + " write the secret itself");
        }
        if (value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new CredentialsException(source + " contains whitespace or more than one line;"
                    + " it must hold only the secret");
        }
        return value;
    }

    /** Returns the shell command that gives only the owner access to {@code file}. */
    public static String chmodCommand(Path file) {
        String name = file.toString();
        if (!SHELL_SAFE.matcher(name).matches()) {
            name = "'" + name.replace("'", "'\\''") + "'";
        }
        return "chmod 600 " + name;
    }

    /**
     * Checks that group and others have no access to {@code file}, for files that hold
     * a secret among other data.
     *
     * @param description what the file holds, for messages, such as {@code "params file"}
     * @throws CredentialsException naming the file and the {@code chmod} command to run
     */
    public static void checkPrivate(Path file, String description) throws CredentialsException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(description, "description");
        checkPermissions(file, description);
    }

    private static void checkPermissions(Path file, String description)
            throws CredentialsException {
        PosixFileAttributeView view = Files.getFileAttributeView(file,
                PosixFileAttributeView.class);
        if (view == null) {
            // NOTE: on file systems without POSIX permissions (Windows) the check is skipped.
            return;
        }
        Set<PosixFilePermission> permissions;
        try {
            permissions = view.readAttributes().permissions();
        } catch (NoSuchFileException e) {
            throw notFound(file, description);
        } catch (IOException e) {
            throw new CredentialsException("cannot read " + description + " " + file + ": "
                    + e.getMessage());
        }
        if (!Collections.disjoint(permissions, GROUP_OR_OTHERS)) {
            throw new CredentialsException(description + " " + file
                    + " is accessible by group or others; run: " + chmodCommand(file));
        }
    }

    private static byte[] readBounded(Path file, String description)
            throws CredentialsException {
        try {
            if (Files.isDirectory(file)) {
                throw new CredentialsException(description + " " + file
                        + " is a directory; name the file that holds the secret");
            }
            if (Files.size(file) > MAX_SECRET_BYTES) {
                throw new CredentialsException(description + " " + file + " is larger than "
                        + MAX_SECRET_BYTES + " bytes; it must hold only the secret");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw notFound(file, description);
        } catch (AccessDeniedException e) {
            throw new CredentialsException("cannot read " + description + " " + file
                    + ": permission denied; check the file's owner");
        } catch (IOException e) {
            throw new CredentialsException("cannot read " + description + " " + file + ": "
                    + e.getMessage());
        }
    }

    private static CredentialsException notFound(Path file, String description) {
        return new CredentialsException(description + " " + file + " not found;"
                + " create it with the secret and run " + chmodCommand(file));
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }

    /**
     * A missing, empty, unreadable or too widely readable secret. The message is one
     * line that names the variable or file and the fix, never the secret.
     */
    public static final class CredentialsException extends Exception {

        public CredentialsException(String message) {
            super(message);
        }
    }
}

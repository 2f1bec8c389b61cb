package org.njalla4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.njalla4j.client.Credentials.CredentialsException;

class CredentialsTest {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";

    @TempDir
    Path dir;

    private Path privateFile(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    @Test
    void token_fromVariable() throws Exception {
        assertEquals(TOKEN, Credentials.token(Map.of("NJALLA_TOKEN", " " + TOKEN + "\n"), null));
    }

    @Test
    void token_fileArgumentWinsOverVariables() throws Exception {
        Path file = privateFile("token", TOKEN);

        String token = Credentials.token(Map.of("NJALLA_TOKEN", "other"), file);

        assertEquals(TOKEN, token);
    }

    @Test
    void token_fromFileVariable() throws Exception {
        Path file = privateFile("token", TOKEN + "\n");

        assertEquals(TOKEN, Credentials.token(Map.of("NJALLA_TOKEN_FILE", file.toString()), null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"%s\"\n", "'%s'", "  %s  \r\n", "\t\"  %s \"\n"})
    void token_quotesAndWhitespaceTrimmed(String format) throws Exception {
        Path file = privateFile("token", String.format(format, TOKEN));

        assertEquals(TOKEN, Credentials.token(Map.of(), file));
    }

    @Test
    void token_nothingConfigured_namesTheWays() {
        CredentialsException e = assertThrows(CredentialsException.class,
                () -> Credentials.token(Map.of(), null));

        assertTrue(e.getMessage().contains("NJALLA_TOKEN"), e.getMessage());
        assertTrue(e.getMessage().contains("--token-file"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NJALLA_TOKEN", "NJALLA_TOKEN_FILE"})
    void token_variableSetButEmpty_rejected(String variable) {
        for (String empty : new String[] {"", "  "}) {
            CredentialsException e = assertThrows(CredentialsException.class,
                    () -> Credentials.token(Map.of(variable, empty), null));

            assertTrue(e.getMessage().startsWith(variable + " is set but empty"), e.getMessage());
            assertTrue(e.getMessage().contains("or unset it"), e.getMessage());
        }
    }

    @Test
    void token_bothVariablesSet_rejected() throws Exception {
        Path file = privateFile("token", TOKEN);
        Map<String, String> env = Map.of("NJALLA_TOKEN", TOKEN,
                "NJALLA_TOKEN_FILE", file.toString());

        CredentialsException e = assertThrows(CredentialsException.class,
                () -> Credentials.token(env, null));

        assertTrue(e.getMessage().contains("set only one of them"), e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN), e.getMessage());
    }

    @Test
    void token_fileArgumentWinsOverBothVariables() throws Exception {
        Path file = privateFile("token", TOKEN);
        Map<String, String> env = Map.of("NJALLA_TOKEN", "", "NJALLA_TOKEN_FILE", "x");

        assertEquals(TOKEN, Credentials.token(env, file));
    }

    @Test
    void optionalToken_nothingConfigured_isEmpty() throws Exception {
        assertTrue(Credentials.optionalToken(Map.of(), null).isEmpty());
    }

    @Test
    void optionalToken_emptyVariable_rejected() {
        assertThrows(CredentialsException.class,
                () -> Credentials.optionalToken(Map.of("NJALLA_TOKEN", ""), null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r--r--", "rw-r-----", "rw----r--", "rw--w----", "rwx---rwx"})
    void token_fileOpenToOthers_isRejectedWithChmod(String mode) throws Exception {
        Path file = dir.resolve("token");
        Files.writeString(file, TOKEN);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));

        CredentialsException e = assertThrows(CredentialsException.class,
                () -> Credentials.token(Map.of(), file));

        assertTrue(e.getMessage().endsWith("run: chmod 600 " + file), e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN));
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void token_missingFile_isRejected() {
        Path file = dir.resolve("absent");

        CredentialsException e = assertThrows(CredentialsException.class,
                () -> Credentials.token(Map.of(), file));

        assertTrue(e.getMessage().contains(file + " not found"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "  \n\t", "\"\"", "''"})
    void token_emptyFile_isRejected(String content) throws Exception {
        Path file = privateFile("token", content);

        CredentialsException e = assertThrows(CredentialsException.class,
                () -> Credentials.token(Map.of(), file));

        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void token_twoLines_isRejectedWithoutEcho() throws Exception {
        Path file = privateFile("token", TOKEN + "\nsecond-line\n");

        CredentialsException e = assertThrows(CredentialsException.class,
                () -> Credentials.token(Map.of(), file));

        assertTrue(e.getMessage().contains("more than one line"), e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN));
    }

    @Test
    void token_directory_isRejected() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("sub"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));

        CredentialsException e = assertThrows(CredentialsException.class,
                () -> Credentials.token(Map.of(), sub));

        assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
    }

    @Test
    void chmodCommand_quotesUnusualNames() {
        assertEquals("chmod 600 /tmp/a.token", Credentials.chmodCommand(Path.of("/tmp/a.token")));
        assertEquals("chmod 600 '/tmp/my token'",
                Credentials.chmodCommand(Path.of("/tmp/my token")));
        assertEquals("chmod 600 '/tmp/it'\\''s'", Credentials.chmodCommand(Path.of("/tmp/it's")));
    }

    @Test
    void checkPrivate_acceptsOwnerOnly() throws Exception {
        Path file = privateFile("params.json", "{}");

        Credentials.checkPrivate(file, "params file");
    }
}

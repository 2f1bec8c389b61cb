package org.njalla4j.hook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HookSettingsTest {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";

    @TempDir
    Path dir;

    private Map<String, String> env;

    @BeforeEach
    void setUp() {
        env = new HashMap<>();
        env.put("HOME", dir.resolve("home").toString());
        env.put("NJALLA_TOKEN", TOKEN);
    }

    @Test
    void load_usesDefaults() throws Exception {
        HookSettings settings = HookSettings.load(env);

        assertEquals(null, settings.apiUrl());
        assertEquals(TOKEN, settings.token());
        assertEquals(HookSettings.DEFAULT_TTL, settings.ttl());
        assertEquals(HookSettings.DEFAULT_PROPAGATION_TIMEOUT, settings.propagationTimeout());
        assertEquals(HookSettings.DEFAULT_PROPAGATION_INTERVAL, settings.propagationInterval());
        assertTrue(settings.nameservers().isEmpty());
        assertTrue(settings.zones().isEmpty());
        assertEquals(dir.resolve("home/.local/state/njalla4j"), settings.stateDir());
    }

    @Test
    void load_readsEnvironment() throws Exception {
        env.put("NJALLA_API_URL", "http://127.0.0.1:8080/api/1/");
        env.put("NJALLA_TTL", "300");
        env.put("NJALLA_PROPAGATION_TIMEOUT", "2m");
        env.put("NJALLA_PROPAGATION_INTERVAL", "5");
        env.put("NJALLA_NAMESERVER", "127.0.0.1:5353, [::1]:5354,127.0.0.2");
        env.put("NJALLA_ZONE", "Example.COM.,example.co.uk");
        env.put("XDG_STATE_HOME", dir.resolve("xdg").toString());

        HookSettings settings = HookSettings.load(env);

        assertEquals(URI.create("http://127.0.0.1:8080/api/1/"), settings.apiUrl());
        assertEquals(300, settings.ttl());
        assertEquals(Duration.ofMinutes(2), settings.propagationTimeout());
        assertEquals(Duration.ofSeconds(5), settings.propagationInterval());
        assertEquals(List.of(new InetSocketAddress("127.0.0.1", 5353),
                new InetSocketAddress("::1", 5354), new InetSocketAddress("127.0.0.2", 53)),
                settings.nameservers());
        assertEquals(List.of("example.com", "example.co.uk"), settings.zones());
        assertEquals(dir.resolve("xdg/njalla4j"), settings.stateDir());
    }

    @ParameterizedTest
    @CsvSource({"200ms, PT0.2S", "300s, PT5M", "5m, PT5M", "PT5M, PT5M", "pt90s, PT1M30S",
        "45, PT45S", "24h, PT24H"})
    void load_acceptsCliDurationForms(String value, String expected) throws Exception {
        env.put("NJALLA_PROPAGATION_TIMEOUT", value);
        env.put("NJALLA_PROPAGATION_INTERVAL", value);

        HookSettings settings = HookSettings.load(env);

        assertEquals(Duration.parse(expected), settings.propagationTimeout());
        assertEquals(Duration.parse(expected), settings.propagationInterval());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NJALLA_TTL | 120",
        "NJALLA_TTL | sixty",
        "NJALLA_PROPAGATION_TIMEOUT | soon",
        "NJALLA_PROPAGATION_TIMEOUT | -5",
        "NJALLA_PROPAGATION_INTERVAL | 0",
        "NJALLA_PROPAGATION_TIMEOUT | 0",
        "NJALLA_PROPAGATION_TIMEOUT | 25h",
        "NJALLA_PROPAGATION_TIMEOUT | 86401",
        "NJALLA_PROPAGATION_INTERVAL | P2D",
        "NJALLA_PROPAGATION_INTERVAL | 5x",
        "NJALLA_NAMESERVER | 127.0.0.1:99999",
        "NJALLA_NAMESERVER | [::1",
        "NJALLA_API_URL | ftp://127.0.0.1/api",
        "NJALLA_API_URL | not a url",
        "NJALLA_ZONE | *.example.com",
    })
    void load_rejectsInvalidValue(String key, String value) {
        env.put(key, value);

        HookException e = assertThrows(HookException.class, () -> HookSettings.load(env));

        assertEquals(HookException.INVALID_INPUT, e.exitCode());
        assertTrue(e.getMessage().contains(key), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NJALLA_API_URL", "NJALLA_TOKEN_FILE", "NJALLA_NAMESERVER"})
    void load_rejectsEmptySetting(String key) {
        env.put(key, "");

        HookException e = assertThrows(HookException.class, () -> HookSettings.load(env));

        assertEquals(HookException.INVALID_INPUT, e.exitCode());
        assertTrue(e.getMessage().startsWith(key + " is set but empty; unset it"),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void load_emptyApiUrl_namesProductionUrl() {
        env.put("NJALLA_API_URL", " ");

        HookException e = assertThrows(HookException.class, () -> HookSettings.load(env));

        assertEquals("NJALLA_API_URL is set but empty; unset it to use"
                + " https://njal.la/api/1/ or set the API URL", e.getMessage());
    }

    @Test
    void load_rejectsEmptySettingInConfigFile() throws Exception {
        Path config = privateFile("hook.conf", "NJALLA_API_URL=\n");
        env.put("NJALLA_CONFIG", config.toString());

        HookException e = assertThrows(HookException.class, () -> HookSettings.load(env));

        assertEquals(HookException.INVALID_INPUT, e.exitCode());
        assertTrue(e.getMessage().contains("set but empty in " + config), e.getMessage());
    }

    @Test
    void load_rejectsMissingToken() {
        env.remove("NJALLA_TOKEN");

        HookException e = assertThrows(HookException.class, () -> HookSettings.load(env));

        assertTrue(e.getMessage().contains("NJALLA_TOKEN_FILE"), e.getMessage());
    }

    @Test
    void load_readsTokenFile() throws Exception {
        Path tokenFile = privateFile("token", TOKEN + "\n");
        env.remove("NJALLA_TOKEN");
        env.put("NJALLA_TOKEN_FILE", tokenFile.toString());

        assertEquals(TOKEN, HookSettings.load(env).token());
    }

    @Test
    void load_rejectsTokenFileReadableByOthers() throws Exception {
        Path tokenFile = privateFile("token", TOKEN);
        Files.setPosixFilePermissions(tokenFile, PosixFilePermissions.fromString("rw-r--r--"));
        env.remove("NJALLA_TOKEN");
        env.put("NJALLA_TOKEN_FILE", tokenFile.toString());

        HookException e = assertThrows(HookException.class, () -> HookSettings.load(env));

        assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN), e.getMessage());
    }

    @Test
    void load_readsConfigFileBelowEnvironment() throws Exception {
        Path config = privateFile("hook.conf", "# hook settings\n"
                + "NJALLA_TOKEN=\"" + TOKEN + "\"\n"
                + "export NJALLA_TTL=900\n"
                + "NJALLA_ZONE=example.com\n\n");
        env.remove("NJALLA_TOKEN");
        env.put("NJALLA_CONFIG", config.toString());
        env.put("NJALLA_ZONE", "example.org");

        HookSettings settings = HookSettings.load(env);

        assertEquals(TOKEN, settings.token());
        assertEquals(900, settings.ttl());
        assertEquals(List.of("example.org"), settings.zones());
    }

    @Test
    void load_expandsHomeInConfigPaths() throws Exception {
        Path tokenFile = privateFile("token", TOKEN);
        Files.createDirectories(dir.resolve("home"));
        Files.move(tokenFile, dir.resolve("home/token"));
        Path config = privateFile("hook.conf", "NJALLA_TOKEN_FILE=~/token\n"
                + "NJALLA_STATE_DIR=~/state\n");
        env.remove("NJALLA_TOKEN");
        env.put("NJALLA_CONFIG", config.toString());

        HookSettings settings = HookSettings.load(env);

        assertEquals(TOKEN, settings.token());
        assertEquals(dir.resolve("home/state"), settings.stateDir());
    }

    @Test
    void load_findsConfigFileInHome() throws Exception {
        Path config = dir.resolve("home/.config/njalla4j/hook.conf");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "NJALLA_TTL=3600\n");

        assertEquals(3600, HookSettings.load(env).ttl());
    }

    @Test
    void load_rejectsTokenInConfigReadableByOthers() throws Exception {
        Path config = privateFile("hook.conf", "NJALLA_TOKEN=" + TOKEN + "\n");
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));
        env.remove("NJALLA_TOKEN");
        env.put("NJALLA_CONFIG", config.toString());

        HookException e = assertThrows(HookException.class, () -> HookSettings.load(env));

        assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN), e.getMessage());
    }

    @Test
    void load_rejectsUnknownConfigKey() throws Exception {
        Path config = privateFile("hook.conf", "NJALLA_TLL=60\n");
        env.put("NJALLA_CONFIG", config.toString());

        HookException e = assertThrows(HookException.class, () -> HookSettings.load(env));

        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
        assertTrue(e.getMessage().contains("NJALLA_TLL"), e.getMessage());
    }

    @Test
    void load_rejectsMissingExplicitConfig() {
        env.put("NJALLA_CONFIG", dir.resolve("absent.conf").toString());

        HookException e = assertThrows(HookException.class, () -> HookSettings.load(env));

        assertTrue(e.getMessage().contains("NJALLA_CONFIG"), e.getMessage());
    }

    @Test
    void toString_hidesToken() throws Exception {
        assertFalse(HookSettings.load(env).toString().contains(TOKEN));
    }

    private Path privateFile(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }
}

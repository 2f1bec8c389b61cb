package org.njalla4j.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AcmeServersTest {

    @Test
    void resolve_mapsLetsEncryptNames() {
        assertEquals(URI.create("acme://letsencrypt.org"), AcmeServers.resolve("letsencrypt"));
        assertEquals(URI.create("acme://letsencrypt.org/staging"),
                AcmeServers.resolve("LetsEncrypt-Staging"));
    }

    @Test
    void resolve_keepsHttpsDirectoryUrl() {
        assertEquals(URI.create("https://127.0.0.1:14000/dir"),
                AcmeServers.resolve("https://127.0.0.1:14000/dir"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/dir", "pebble", "https://", "ftp://x/dir",
        "https://exa mple/dir"})
    void resolve_rejectsOtherForms(String server) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AcmeServers.resolve(server));
        assertTrue(e.getMessage().contains("'" + server + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("letsencrypt-staging"), e.getMessage());
    }
}

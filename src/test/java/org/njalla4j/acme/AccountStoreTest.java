package org.njalla4j.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.njalla4j.testing.PebbleServer;
import org.shredzone.acme4j.Login;

class AccountStoreTest {

    /** Nothing listens here; account tests need no DNS. */
    private static final InetSocketAddress NO_DNS = new InetSocketAddress("127.0.0.1", 9);
    private static final String KID = "kid-1";
    private static final String HMAC =
            "zWNDZM6eQGHWpSRTPal5eIUYFTu7EajVIoguysqZ9wG44nMEtx3MUAsUDkMTQ12W";

    @TempDir
    Path stateDir;

    private AcmeAccountSettings settings(PebbleServer pebble, String kid, String hmac) {
        return new AcmeAccountSettings(pebble.directoryUrl(), "admin@example.com", true, kid,
                hmac, pebble.caCertFile(), stateDir);
    }

    @Test
    void login_registersOnceThenReusesStoredAccount() throws Exception {
        try (PebbleServer pebble = PebbleServer.start(NO_DNS, Map.of())) {
            AccountStore store = new AccountStore(settings(pebble, null, null));

            Login first = store.login(CertificateIssuer.session(settings(pebble, null, null)));
            Login second = store.login(CertificateIssuer.session(settings(pebble, null, null)));

            assertEquals(first.getAccountLocation(), second.getAccountLocation());
            assertEquals(first.getAccountLocation().toString(),
                    Files.readString(store.directory().resolve("account-url")).strip());
        }
    }

    @Test
    void login_withExternalAccountBinding() throws Exception {
        try (PebbleServer pebble = PebbleServer.builder(NO_DNS)
                .externalAccountBinding(Map.of(KID, HMAC)).start()) {
            AcmeAccountSettings withEab = settings(pebble, KID, HMAC);

            Login login = new AccountStore(withEab).login(CertificateIssuer.session(withEab));

            assertTrue(login.getAccount().hasExternalAccountBinding());
        }
    }

    @Test
    void login_missingBindingNamesOptions() throws Exception {
        try (PebbleServer pebble = PebbleServer.builder(NO_DNS)
                .externalAccountBinding(Map.of(KID, HMAC)).start()) {
            AcmeAccountSettings plain = settings(pebble, null, null);

            AcmeSetupException e = assertThrows(AcmeSetupException.class,
                    () -> new AccountStore(plain).login(CertificateIssuer.session(plain)));

            assertTrue(e.getMessage().contains("--eab-kid"), e.getMessage());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "https://127.0.0.1:14000/dir, 127.0.0.1_14000_dir",
        "acme://letsencrypt.org/staging, letsencrypt.org_staging",
        "Admin@Example.com, admin@example.com",
        "../../etc, etc"})
    void safeName_isOnePathSegment(String value, String expected) {
        assertEquals(expected, AccountStore.safeName(value));
    }
}

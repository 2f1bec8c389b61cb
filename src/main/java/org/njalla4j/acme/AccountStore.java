package org.njalla4j.acme;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.shredzone.acme4j.AccountBuilder;
import org.shredzone.acme4j.Login;
import org.shredzone.acme4j.Session;
import org.shredzone.acme4j.exception.AcmeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ACME accounts kept in the state directory, one per server and contact address:
 * {@code accounts/<server>/<email>/account-key.pem} (mode 0600) and {@code account-url}.
 * The first use registers the account; later uses log in with the stored key and URL.
 */
public final class AccountStore {

    private static final Logger LOG = LoggerFactory.getLogger(AccountStore.class);
    private static final String KEY_FILE = "account-key.pem";
    private static final String URL_FILE = "account-url";

    private final AcmeAccountSettings settings;
    private final Path dir;

    /** Creates a store for the account that {@code settings} describe. */
    public AccountStore(AcmeAccountSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.dir = settings.stateDir().resolve("accounts")
                .resolve(safeName(settings.server().toString()))
                .resolve(safeName(settings.emailAddress().orElse("no-email")));
    }

    /** Returns the directory of this account's files. */
    public Path directory() {
        return dir;
    }

    /**
     * Logs in with the stored account, registering a new one first if there is none.
     *
     * @throws AcmeSetupException if the CA has terms of service that the user did not
     *     accept, or requires an external account binding that is missing
     */
    public Login login(Session session) throws AcmeException, IOException {
        Optional<Login> stored = storedLogin(session);
        if (stored.isPresent()) {
            return stored.get();
        }
        // Concurrent first uses take turns, and all but the first find the stored account.
        try (FileLocks.Held lock = FileLocks.acquire(dir.resolve(".lock"))) {
            stored = storedLogin(session);
            return stored.isPresent() ? stored.get() : register(session);
        }
    }

    private Optional<Login> storedLogin(Session session) throws IOException {
        Path keyFile = dir.resolve(KEY_FILE);
        Path urlFile = dir.resolve(URL_FILE);
        if (!Files.exists(keyFile) || !Files.exists(urlFile)) {
            return Optional.empty();
        }
        KeyPair key = readKey(keyFile);
        String url = Files.readString(urlFile, StandardCharsets.UTF_8).trim();
        return Optional.of(session.login(toUrl(url, urlFile), key));
    }

    private Login register(Session session) throws AcmeException, IOException {
        checkTerms(session);
        checkBinding(session);
        Path keyFile = dir.resolve(KEY_FILE);
        // A key left by a registration that failed before storing the URL is reused, so the
        // CA finds the account it may already have created for that key.
        KeyPair key = Files.exists(keyFile) ? readKey(keyFile) : newKey(keyFile);
        AccountBuilder builder = new AccountBuilder().useKeyPair(key);
        if (settings.agreeToTos()) {
            builder.agreeToTermsOfService();
        }
        settings.emailAddress().ifPresent(builder::addEmail);
        if (settings.hasExternalAccountBinding()) {
            builder.withKeyIdentifier(settings.eabKeyId(), settings.eabHmacKey());
        }
        Login login = builder.createLogin(session);
        PemFiles.writeAtomically(dir.resolve(URL_FILE),
                login.getAccountLocation().toString() + "\n", false);
        LOG.debug("registered ACME account {} at {}", login.getAccountLocation(),
                settings.server());
        return login;
    }

    /** Reads the account key; a damaged one can only be restored or replaced. */
    private KeyPair readKey(Path keyFile) throws IOException {
        try {
            return PemFiles.readKeyPair(keyFile);
        } catch (IOException e) {
            throw new IOException("cannot use the ACME account key: " + e.getMessage()
                    + "; restore the file from a backup, or move " + dir + " away so that"
                    + " the next run registers a new account", e);
        }
    }

    private KeyPair newKey(Path keyFile) throws IOException {
        KeyPair key = KeyType.EC_P256.generate();
        PemFiles.writeKeyPair(keyFile, key);
        return key;
    }

    private void checkTerms(Session session) throws AcmeException {
        Optional<URI> terms = session.getMetadata().getTermsOfService();
        if (terms.isPresent() && !settings.agreeToTos()) {
            throw new AcmeSetupException("the CA at " + settings.server()
                    + " has terms of service at " + terms.get()
                    + ": read them and pass --agree-tos (agreeToTos(true) in the API)");
        }
    }

    private void checkBinding(Session session) throws AcmeException {
        if (session.getMetadata().isExternalAccountRequired()
                && !settings.hasExternalAccountBinding()) {
            throw new AcmeSetupException("the CA at " + settings.server()
                    + " requires external account binding: pass --eab-kid and"
                    + " --eab-hmac-key-file with the values the CA gave you");
        }
    }

    private static URL toUrl(String url, Path file) throws IOException {
        try {
            return URI.create(url).toURL();
        } catch (IllegalArgumentException | MalformedURLException e) {
            throw new IOException("invalid account URL in " + file + ": delete the file to"
                    + " register again", e);
        }
    }

    /** Turns a URL or address into one safe path segment. */
    static String safeName(String value) {
        String lower = value.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "");
        String safe = lower.replaceAll("[^a-z0-9.@_-]+", "_").replaceAll("^[._]+|_+$", "");
        return safe.isEmpty() ? "_" : safe;
    }
}

package org.njalla4j.acme;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.njalla4j.client.AddTokenRequest;
import org.njalla4j.client.ApiToken;
import org.njalla4j.client.Credentials;
import org.njalla4j.client.Credentials.CredentialsException;
import org.njalla4j.client.NjallaApiException;
import org.njalla4j.client.NjallaClient;
import org.njalla4j.client.NjallaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Njalla token used for DNS-01. On first use with a full-access token it creates a token
 * restricted to ACME ({@code add-token} with {@code acme=true}) and stores its key at mode
 * 0600 in {@code njalla/<api>/acme-token} under the state directory; from then on only the
 * stored token is used. A token that {@code add-token} rejects with 403 is taken to be
 * restricted already and is used as given.
 */
public final class AcmeTokenStore {

    private static final Logger LOG = LoggerFactory.getLogger(AcmeTokenStore.class);

    /** Description of the stored token file in messages. */
    static final String TOKEN_DESCRIPTION = "stored ACME token file";

    private final Path stateDir;
    private final Clock clock;

    /** Creates a store in {@code stateDir}; {@code clock} dates the token comments. */
    public AcmeTokenStore(Path stateDir, Clock clock) {
        this.stateDir = Objects.requireNonNull(stateDir, "stateDir");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Returns the file that contains the ACME token for the API at {@code apiUrl}. */
    public Path tokenFile(URI apiUrl) {
        return stateDir.resolve("njalla").resolve(AccountStore.safeName(apiUrl.toString()))
                .resolve("acme-token");
    }

    /** Returns whether an ACME token is stored for the API at {@code apiUrl}. */
    public boolean hasStoredToken(URI apiUrl) {
        return Files.exists(tokenFile(apiUrl));
    }

    /**
     * Returns a client for DNS-01 that uses the ACME token, creating and storing the token
     * on first use.
     *
     * @throws NjallaException if {@code add-token} or {@code list-tokens} fail for another
     *     reason than a permission error
     * @throws CredentialsException if the stored token file is readable by group or others,
     *     empty or unreadable; the message names the file and the fix
     */
    public NjallaClient acmeClient(NjallaAccess access)
            throws NjallaException, IOException, CredentialsException {
        Objects.requireNonNull(access, "access");
        Path file = tokenFile(access.client().apiUrl());
        NjallaClient client = access.client();
        if (Files.exists(file)) {
            return withToken(client, Credentials.readSecretFile(file, TOKEN_DESCRIPTION));
        }
        String comment = "njalla4j acme " + access.hostName() + " " + LocalDate.now(clock);
        String key;
        try {
            key = createToken(client, access, comment);
        } catch (NjallaApiException e) {
            if (!e.isPermissionDenied()) {
                throw e;
            }
            LOG.debug("add-token denied, so the given token is used as an ACME token");
            return client;
        }
        PemFiles.writeAtomically(file, key + "\n", true);
        LOG.debug("created ACME token '{}' and stored it in {}", comment, file);
        return withToken(client, key);
    }

    /**
     * Returns the hint for a token that the API rejects: deleting the stored file makes the
     * next run create a new ACME token from a full-access token.
     */
    public String staleTokenHint(URI apiUrl) {
        Path file = tokenFile(apiUrl);
        return "if the " + TOKEN_DESCRIPTION + " " + file + " holds a revoked or removed"
                + " token, delete it and run again with a full-access token, which creates"
                + " a new ACME token";
    }

    private static NjallaClient withToken(NjallaClient client, String token) {
        return NjallaClient.builder().apiUrl(client.apiUrl()).token(token).build();
    }

    private static String createToken(NjallaClient client, NjallaAccess access,
            String comment) throws NjallaException {
        AddTokenRequest.Builder request = AddTokenRequest.builder().comment(comment).acme(true);
        if (!access.allowedDomains().isEmpty()) {
            request.allowedDomains(access.allowedDomains());
        }
        if (!access.from().isEmpty()) {
            request.from(access.from());
        }
        ApiToken created = client.tokens().add(request.build());
        if (created.key() != null && !created.key().isBlank()) {
            return created.key();
        }
        return findByComment(client.tokens().list(), comment);
    }

    private static String findByComment(List<ApiToken> tokens, String comment)
            throws NjallaException {
        return tokens.stream()
                .filter(token -> comment.equals(token.comment()) && token.key() != null)
                .max(Comparator.comparing(token -> String.valueOf(token.created())))
                .map(ApiToken::key)
                .orElseThrow(() -> new NjallaException("add-token returned no key and"
                        + " list-tokens has no token with comment '" + comment + "'"));
    }
}

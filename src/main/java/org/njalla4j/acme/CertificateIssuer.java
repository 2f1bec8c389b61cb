package org.njalla4j.acme;

import java.io.IOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;
import org.njalla4j.client.Credentials.CredentialsException;
import org.njalla4j.client.NjallaApiException;
import org.njalla4j.client.NjallaClient;
import org.njalla4j.client.NjallaException;
import org.njalla4j.client.NjallaTransportException;
import org.njalla4j.dns.DnsLookupException;
import org.njalla4j.dns01.ChallengePublisher;
import org.njalla4j.dns01.Dns01Exception;
import org.njalla4j.dns01.Journal;
import org.njalla4j.dns01.JournalException;
import org.shredzone.acme4j.Certificate;
import org.shredzone.acme4j.Login;
import org.shredzone.acme4j.RenewalInfo;
import org.shredzone.acme4j.RevocationReason;
import org.shredzone.acme4j.Session;
import org.shredzone.acme4j.connector.Resource;
import org.shredzone.acme4j.exception.AcmeException;
import org.shredzone.acme4j.exception.AcmeNetworkException;
import org.shredzone.acme4j.exception.AcmeNotSupportedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Obtains, revokes and checks certificates from an ACME CA, answering DNS-01 challenges
 * with TXT records placed through the Njalla API.
 *
 * <p>Instances hold no per-call state, so one issuer may serve concurrent calls. Calls that
 * share a state directory wait for each other on the DNS-01 journal's lock. Every call
 * removes the TXT records it added, on success and on failure, and first removes records
 * that an earlier run left in the journal.
 */
public final class CertificateIssuer {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateIssuer.class);

    /** Name of the DNS-01 journal inside the state directory's folder for one API URL. */
    public static final String JOURNAL_FILE = "dns01-journal.json";

    /** The message acme4j 4.0 gives an HTTP error reply that has no problem document. */
    private static final Pattern ACME_SERVER_ERROR = Pattern.compile("\\bHTTP 5\\d\\d\\b");

    /**
     * An HTML start or end tag, a doctype or comment, or a tag cut off by "..." where an
     * excerpt of an error page ends.
     */
    private static final Pattern HTML_TAG =
            Pattern.compile("</?[A-Za-z!][^<>]*>|</?[A-Za-z!][^<>\\s]*(?=\\.\\.\\.)");

    private final Clock clock;

    /** Creates an issuer that uses the system clock. */
    public CertificateIssuer() {
        this(Clock.systemUTC());
    }

    /** Creates an issuer; {@code clock} dates created Njalla tokens. */
    public CertificateIssuer(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Orders a certificate for the request's names and returns it with its new private key.
     * Blocks until the CA issues it, validation fails or a timeout passes. Writes nothing
     * but the state directory; see {@link CertificateFiles} to store the result.
     *
     * @throws IssueException naming the step that failed; its reason classifies it
     */
    public IssuedCertificate issue(IssueRequest request) throws IssueException {
        Objects.requireNonNull(request, "request");
        CompletableFuture<KeyPair> domainKey =
                CompletableFuture.supplyAsync(request.keyType()::generate);
        try {
            prepareStateDir(request.account().stateDir());
            // The account comes first: a CA that rejects the setup (terms of service,
            // external account binding) stops the run before any Njalla call.
            Login login = login(request.account());
            AcmeTokenStore tokens = new AcmeTokenStore(request.account().stateDir(), clock);
            URI apiUrl = request.njalla().client().apiUrl();
            boolean storedToken = tokens.hasStoredToken(apiUrl);
            NjallaClient client = tokens.acmeClient(request.njalla());
            try {
                return runOrder(request, client, login, domainKey);
            } catch (Dns01Exception | NjallaApiException e) {
                if (storedToken && deniedByApi(e)) {
                    throw withHint(translate(e), tokens.staleTokenHint(apiUrl));
                }
                throw e;
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("key generation failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IssueException(IssueException.Reason.INTERRUPTED, "interrupted", e);
        } catch (Exception e) {
            throw translate(e);
        }
    }

    /**
     * Revokes {@code certificate} with the account that {@code account} describes, or with
     * the certificate's own key pair when {@code certificateKey} is given.
     */
    public void revoke(AcmeAccountSettings account, X509Certificate certificate,
            RevocationReason reason, Optional<KeyPair> certificateKey) throws IssueException {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(reason, "reason");
        try {
            Session session = session(account);
            if (certificateKey.isPresent()) {
                Certificate.revoke(session, certificateKey.get(), certificate, reason);
            } else {
                Certificate.revoke(new AccountStore(account).login(session), certificate, reason);
            }
        } catch (Exception e) {
            throw translate(e);
        }
    }

    /**
     * Fetches the CA's suggested renewal window for {@code certificate} (ACME Renewal
     * Information, RFC 9773), or returns empty when the CA does not offer it.
     */
    public Optional<RenewalWindow> renewalWindow(AcmeAccountSettings account,
            X509Certificate certificate) throws IssueException {
        try {
            Session session = session(account);
            if (session.resourceUrlOptional(Resource.RENEWAL_INFO).isEmpty()) {
                return Optional.empty();
            }
            Login login = new AccountStore(account).login(session);
            RenewalInfo info = login.bindRenewalInfo(certificate);
            return Optional.of(RenewalWindow.of(info));
        } catch (AcmeNotSupportedException e) {
            return Optional.empty();
        } catch (Exception e) {
            throw translate(e);
        }
    }

    /**
     * Returns the DNS-01 journal for the API at {@code apiUrl}. Each API URL has its own,
     * beside its ACME token: a record listed for one API does not exist on another, so a
     * run against another API would drop it from the journal as "already gone" and leave
     * it in the zone for good.
     */
    public static Path journalFile(Path stateDir, java.net.URI apiUrl) {
        return stateDir.resolve("njalla").resolve(AccountStore.safeName(apiUrl.toString()))
                .resolve(JOURNAL_FILE);
    }

    private IssuedCertificate runOrder(IssueRequest request, NjallaClient client,
            Login login, CompletableFuture<KeyPair> domainKey) throws Exception {
        Path journalFile = journalFile(request.account().stateDir(), client.apiUrl());
        try (Journal journal = Journal.open(journalFile)) {
            ChallengePublisher publisher =
                    new ChallengePublisher(client, request.dns01(), journal);
            List<String> warnings = new ArrayList<>();
            removeLeftovers(publisher).ifPresent(warnings::add);
            try (CleanupGuard guard = new CleanupGuard(publisher, request.cleanupOnShutdown())) {
                OrderProcess process =
                        new OrderProcess(login, publisher, request.acmeTimeout());
                Certificate certificate = guard.run(() -> process.run(request.domains(),
                        domainKey.get(), request.replaces()));
                List<X509Certificate> chain = guard.run(
                        () -> chooseChain(certificate, request.preferredChain()));
                guard.close();
                guard.cleanupFailure().ifPresent(e -> warnings.add(
                        "removing the challenge TXT records failed (" + oneLine(e.getMessage())
                                + "); the next run removes them"));
                return new IssuedCertificate(chain, domainKey.get(), request.domains(),
                        warnings);
            }
        }
    }

    /**
     * Removes the records that an earlier run left in the journal. A record that cannot be
     * removed must not block a new certificate, so a failure becomes a warning and the
     * journal keeps the entry for the next run.
     */
    private static Optional<String> removeLeftovers(ChallengePublisher publisher) {
        try {
            int leftovers = publisher.removeLeftovers();
            if (leftovers > 0) {
                LOG.debug("removed {} TXT records left by an earlier run", leftovers);
            }
            return Optional.empty();
        } catch (Dns01Exception e) {
            LOG.debug("removing leftover TXT records failed", e);
            return Optional.of("removing TXT records left by an earlier run failed ("
                    + oneLine(e.getMessage()) + "); issued anyway, and the next run retries");
        }
    }

    private static List<X509Certificate> chooseChain(Certificate certificate,
            Optional<String> preferred) throws AcmeException {
        if (preferred.isPresent()) {
            Optional<Certificate> match = certificate.findCertificate(preferred.get());
            if (match.isPresent()) {
                return match.get().getCertificateChain();
            }
            LOG.debug("no chain issued by '{}', keeping the default chain", preferred.get());
        }
        return certificate.getCertificateChain();
    }

    /**
     * Returns whether the API rejected the token: a 403 anywhere in the causes, including
     * the zone search that ends with every candidate denied.
     */
    private static boolean deniedByApi(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NjallaApiException api && api.isPermissionDenied()) {
                return true;
            }
        }
        return false;
    }

    private static IssueException withHint(IssueException e, String hint) {
        return new IssueException(e.reason(), e.getMessage() + "; " + hint, e.getCause());
    }

    private static Login login(AcmeAccountSettings account) throws AcmeException, IOException {
        return new AccountStore(account).login(session(account));
    }

    static Session session(AcmeAccountSettings account) throws IOException {
        if (account.caCertFile() == null) {
            return new Session(account.server());
        }
        if (!"https".equalsIgnoreCase(account.server().getScheme())) {
            throw new IllegalArgumentException("a CA certificate file works only with an"
                    + " https:// directory URL, not " + account.server());
        }
        return new Session(account.server(), TrustingAcmeProvider.trusting(account.caCertFile()));
    }

    private static void prepareStateDir(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        }
    }

    static IssueException translate(Exception e) {
        if (e instanceof IssueException issue) {
            return issue;
        }
        IssueException.Reason reason = reasonOf(e);
        return new IssueException(reason, prefix(reason) + oneLine(e.getMessage()), e);
    }

    private static IssueException.Reason reasonOf(Exception e) {
        if (e instanceof JournalException) {
            return IssueException.Reason.STORAGE;
        }
        if (isNetworkFailure(e)) {
            return IssueException.Reason.NETWORK;
        }
        if (e instanceof AcmeSetupException || e instanceof IllegalArgumentException
                || e instanceof CredentialsException) {
            return IssueException.Reason.SETUP;
        }
        if (e instanceof AcmeNetworkException) {
            return IssueException.Reason.NETWORK;
        }
        if (e instanceof AcmeException) {
            return IssueException.Reason.ACME;
        }
        if (e instanceof Dns01Exception) {
            return IssueException.Reason.DNS;
        }
        if (e instanceof NjallaApiException) {
            return IssueException.Reason.NJALLA;
        }
        if (e instanceof NjallaException) {
            return IssueException.Reason.NETWORK;
        }
        return e instanceof IOException ? IssueException.Reason.STORAGE
                : IssueException.Reason.ACME;
    }

    /**
     * Returns whether a server could not be reached or sent no usable response. Any cause
     * counts: a Njalla transport failure (refused, timed out, an HTML 502 page), a failed
     * DNS query, an I/O failure on the way to the ACME server, or an ACME reply with an
     * HTTP 5xx status and no problem document.
     */
    static boolean isNetworkFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NjallaTransportException || t instanceof DnsLookupException
                    || t instanceof AcmeNetworkException || t instanceof SocketException
                    || t instanceof SocketTimeoutException || t instanceof UnknownHostException
                    || t instanceof HttpTimeoutException) {
                return true;
            }
            if (t.getClass() == AcmeException.class && t.getMessage() != null
                    && ACME_SERVER_ERROR.matcher(t.getMessage()).find()) {
                return true;
            }
        }
        return false;
    }

    private static String prefix(IssueException.Reason reason) {
        return switch (reason) {
            case ACME -> "ACME server error: ";
            case NETWORK -> "network error: ";
            case STORAGE -> "file error: ";
            default -> "";
        };
    }

    /**
     * Joins a message into one line and drops HTML tags, which an error page from a proxy
     * in front of a server can bring into a message.
     */
    static String oneLine(String message) {
        if (message == null) {
            return "no details";
        }
        return HTML_TAG.matcher(message).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }
}

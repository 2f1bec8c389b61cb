package org.njalla4j.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.njalla4j.client.ApiToken;
import org.njalla4j.client.DnsRecord;
import org.njalla4j.client.NjallaTransportException;
import org.njalla4j.dns01.Dns01Exception;
import org.njalla4j.dns01.Journal;
import org.njalla4j.dns01.PropagationTimeoutException;
import org.njalla4j.testing.AcmeTestBed;
import org.shredzone.acme4j.RevocationReason;
import org.shredzone.acme4j.exception.AcmeException;

/**
 * Issues real certificates from Pebble 2.4.0, whose validation queries the emulator's
 * authoritative DNS server, and checks after every test that each zone contains no challenge
 * record and every earlier record is unchanged.
 */
class CertificateIssuerTest {

    private static AcmeTestBed bed;
    private final CertificateIssuer issuer = new CertificateIssuer();
    private Map<String, List<DnsRecord>> before;

    @TempDir
    Path stateDir;

    @BeforeAll
    static void startServers() throws Exception {
        bed = AcmeTestBed.start(Duration.ZERO, Map.of());
    }

    @AfterAll
    static void stopServers() throws Exception {
        if (bed != null) {
            bed.close();
        }
    }

    @BeforeEach
    void snapshot() throws Exception {
        before = bed.snapshot();
    }

    @AfterEach
    void zonesUntouched() throws Exception {
        bed.assertUntouched(before);
    }

    private IssuedCertificate issue(String... names) throws IssueException {
        return issuer.issue(bed.request(stateDir, names).build());
    }

    private static List<String> sans(X509Certificate cert) {
        return CertificateDetails.of(cert).names().stream().sorted().toList();
    }

    @Test
    void issue_singleName() throws Exception {
        IssuedCertificate issued = issue("example.com");

        assertEquals(List.of("example.com"), sans(issued.certificate()));
        assertTrue(issued.chain().size() >= 2, "chain " + issued.chain().size());
        issued.certificate().verify(issued.chain().get(1).getPublicKey());
        assertEquals("EC P-256", KeyType.describe(issued.certificate().getPublicKey()));
        assertEquals(List.of(), issued.warnings());
    }

    @Test
    void issue_apexWildcardAndWww() throws Exception {
        IssuedCertificate issued = issue("example.com", "*.example.com", "www.example.com");

        assertEquals(List.of("*.example.com", "example.com", "www.example.com"),
                sans(issued.certificate()));
    }

    @Test
    void issue_nameTwoLevelsUnderZone() throws Exception {
        IssuedCertificate issued = issue("a.b.example.com");

        assertEquals(List.of("a.b.example.com"), sans(issued.certificate()));
    }

    @Test
    void issue_zoneUnderTwoLabelSuffix() throws Exception {
        IssuedCertificate issued = issue("example.co.uk", "www.example.co.uk");

        assertEquals(List.of("example.co.uk", "www.example.co.uk"), sans(issued.certificate()));
    }

    @Test
    void issue_subZoneThatIsItsOwnDomain() throws Exception {
        // Pebble queries the emulator, which serves app.dev.example.com only from the
        // dev.example.com zone, so validation passes only if the record went there.
        IssuedCertificate issued = issue("app.dev.example.com", "dev.example.com");

        assertEquals(List.of("app.dev.example.com", "dev.example.com"),
                sans(issued.certificate()));
    }

    @Test
    void issue_internationalizedName() throws Exception {
        IssuedCertificate issued = issue("bücher.example", "*.bücher.example");

        assertEquals(List.of("*.xn--bcher-kva.example", "xn--bcher-kva.example"),
                sans(issued.certificate()));
    }

    @Test
    void issue_challengeDelegatedByCname() throws Exception {
        IssuedCertificate issued = issue("cname.example.com");

        assertEquals(List.of("cname.example.com"), sans(issued.certificate()));
    }

    @Test
    void issue_rsaKeyType() throws Exception {
        IssuedCertificate issued = issuer.issue(bed.request(stateDir, "rsa.example.com")
                .keyType(KeyType.RSA_2048).build());

        assertEquals("RSA 2048", KeyType.describe(issued.certificate().getPublicKey()));
    }

    @Test
    void issue_createsAcmeTokenOnceAndReusesAccount() throws Exception {
        issue("one.example.com");
        Path tokenFile = new AcmeTokenStore(stateDir, java.time.Clock.systemUTC())
                .tokenFile(bed.emulator.apiUrl());
        Path accountDir = new AccountStore(bed.request(stateDir, "x.example.com").build()
                .account()).directory();
        String accountUrl = Files.readString(accountDir.resolve("account-url"));
        long acmeTokens = acmeTokenCount();

        issue("two.example.com");

        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(tokenFile)));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(accountDir.resolve("account-key.pem"))));
        assertEquals(accountUrl, Files.readString(accountDir.resolve("account-url")));
        assertEquals(acmeTokens, acmeTokenCount());
    }

    @Test
    void issue_revokedStoredTokenNamesFileToDelete() throws Exception {
        issue("stored.example.com");
        Path tokenFile = new AcmeTokenStore(stateDir, java.time.Clock.systemUTC())
                .tokenFile(bed.emulator.apiUrl());
        bed.admin.tokens().remove(Files.readString(tokenFile).strip());

        IssueException e = assertThrows(IssueException.class, () -> issue("stale.example.com"));

        assertTrue(e.getMessage().contains(tokenFile.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("delete it"), e.getMessage());
        assertTrue(e.getMessage().contains("full-access token"), e.getMessage());
    }

    @Test
    void translate_acmeHttp502IsNetworkFailure() {
        IssueException bare = CertificateIssuer.translate(new AcmeException("HTTP 502"));
        IssueException nonce = CertificateIssuer.translate(new AcmeException(
                "Server responded with HTTP 503 while trying to retrieve a nonce"));
        IssueException client = CertificateIssuer.translate(new AcmeException("HTTP 400"));

        assertEquals(IssueException.Reason.NETWORK, bare.reason());
        assertEquals(IssueException.Reason.NETWORK, nonce.reason());
        assertEquals(IssueException.Reason.ACME, client.reason());
    }

    @Test
    void translate_html502PageIsOneLineWithoutTags() {
        NjallaTransportException page = new NjallaTransportException("list-records", 502,
                "list-records failed: HTTP 502 from http://127.0.0.1:1/api/1/ is not a JSON-RPC"
                        + " response: <html>\n<head><title>502 Bad Gateway</title></head>\n"
                        + "<body><h1>502 Bad Gateway</h1><hr><center>nginx</c...", null);

        IssueException e = CertificateIssuer.translate(new Dns01Exception(
                "cannot find the zone: " + page.getMessage(), page));

        assertEquals(IssueException.Reason.NETWORK, e.reason());
        assertFalse(e.getMessage().contains("<"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().contains("502 Bad Gateway"), e.getMessage());
        assertTrue(e.getMessage().endsWith("nginx ..."), e.getMessage());
    }

    private static long acmeTokenCount() throws Exception {
        return bed.admin.tokens().list().stream().map(ApiToken::comment)
                .filter(c -> c != null && c.startsWith("njalla4j acme ")).count();
    }

    @Test
    void issue_withoutTermsAgreementFailsBeforeAnyRecord() {
        IssueException e = assertThrows(IssueException.class, () -> issuer.issue(
                bed.request(stateDir, "tos.example.com").agreeToTos(false).build()));

        assertEquals(IssueException.Reason.SETUP, e.reason());
        assertTrue(e.getMessage().contains("--agree-tos"), e.getMessage());
        assertFalse(Files.exists(stateDir.resolve("njalla")), "no token was created");
    }

    @Test
    void issue_validationFailureCleansUpAndNamesRecord() throws Exception {
        // A second emulator without the records serves Pebble's queries, so our own
        // propagation check (against the first emulator) passes but Pebble finds nothing.
        try (AcmeTestBed blind = AcmeTestBed.start(Duration.ZERO, Map.of())) {
            IssueRequest request = bed.request(stateDir, "fail.example.com")
                    .server(blind.pebble.directoryUrl().toString())
                    .caCertFile(blind.pebble.caCertFile()).build();

            IssueException e = assertThrows(IssueException.class, () -> issuer.issue(request));

            assertEquals(IssueException.Reason.VALIDATION, e.reason(), e.getMessage());
            assertTrue(e.getMessage().contains("_acme-challenge.fail.example.com"),
                    e.getMessage());
        }
    }

    @Test
    void issue_propagationTimeoutCleansUp() throws Exception {
        try (AcmeTestBed slow = AcmeTestBed.start(Duration.ofMinutes(10), Map.of())) {
            Map<String, List<DnsRecord>> slowBefore = slow.snapshot();
            IssueRequest request = slow.request(stateDir, "slow.example.com")
                    .dns01(slow.request(stateDir, "x.example.com").build().dns01()
                            .withPropagationTimeout(Duration.ofSeconds(1)))
                    .build();

            IssueException e = assertThrows(IssueException.class, () -> issuer.issue(request));

            assertEquals(IssueException.Reason.DNS, e.reason(), e.getMessage());
            assertInstanceOf(PropagationTimeoutException.class, e.getCause());
            slow.assertUntouched(slowBefore);
        }
    }

    @Test
    void issue_removesLeftoversOfEarlierRun() throws Exception {
        new LeftoverRun(bed, stateDir).killAfterRecordAdded("killed.example.com");
        assertFalse(bed.challengeRecords().isEmpty(), "the killed run left a record");

        IssuedCertificate issued = issue("after.example.com");

        assertEquals(List.of("after.example.com"), sans(issued.certificate()));
    }

    @Test
    void issue_leavesOtherApiJournalAlone() throws Exception {
        // A record listed for another API does not exist here, so this run must neither
        // remove it nor drop it from that API's journal as "already gone".
        URI otherApi = URI.create("http://127.0.0.1:9/api/1/");
        Path otherJournal = CertificateIssuer.journalFile(stateDir, otherApi);
        Journal.Entry foreign = new Journal.Entry("other-run", "example.com", "example.com",
                "_acme-challenge", "foreign-value", "12345", Instant.now(),
                Journal.State.ADDED);
        try (Journal journal = Journal.open(otherJournal)) {
            journal.put(foreign);
        }

        issue("journal.example.com");

        try (Journal journal = Journal.open(otherJournal)) {
            assertEquals(List.of("12345"),
                    journal.entries().stream().map(Journal.Entry::id).toList());
        }
    }

    @Test
    void issue_unremovableLeftoverWarnsAndIssues() throws Exception {
        // The emulator has no zone gone.example, so removing this entry fails every time.
        Journal.Entry stale = new Journal.Entry("earlier-run", "gone.example", "gone.example",
                "_acme-challenge", "stale-value", "999", Instant.now(), Journal.State.ADDED);
        Path journalFile = CertificateIssuer.journalFile(stateDir, bed.emulator.apiUrl());
        try (Journal journal = Journal.open(journalFile)) {
            journal.put(stale);
        }

        IssuedCertificate issued = issue("leftover.example.com");

        assertEquals(List.of("leftover.example.com"), sans(issued.certificate()));
        assertEquals(1, issued.warnings().size(), issued.warnings().toString());
        String warning = issued.warnings().get(0);
        assertTrue(warning.contains("_acme-challenge in gone.example"), warning);
        assertTrue(warning.contains("the next run retries"), warning);
        try (Journal journal = Journal.open(journalFile)) {
            assertEquals(List.of("gone.example"),
                    journal.entries().stream().map(Journal.Entry::zone).toList());
        }
    }

    @Test
    void issue_preferredChainPicksAlternateRoot() throws Exception {
        try (AcmeTestBed alternate = AcmeTestBed.start(Duration.ZERO,
                Map.of("PEBBLE_ALTERNATE_ROOTS", "1", "PEBBLE_AUTHZREUSE", "0"))) {
            Map<String, List<DnsRecord>> alternateBefore = alternate.snapshot();
            for (int index = 0; index < 2; index++) {
                String rootName = commonName(alternate.pebble.rootCertificate(index));

                IssuedCertificate issued = issuer.issue(alternate.request(stateDir,
                        "chain" + index + ".example.com").preferredChain(rootName).build());

                X509Certificate top = issued.chain().get(issued.chain().size() - 1);
                assertEquals(rootName, commonName(top.getIssuerX500Principal().getName()));
            }
            alternate.assertUntouched(alternateBefore);
        }
    }

    private static String commonName(X509Certificate cert) {
        return commonName(cert.getSubjectX500Principal().getName());
    }

    private static String commonName(String distinguishedName) {
        return distinguishedName.replaceFirst("^.*CN=([^,]+).*$", "$1");
    }

    @Test
    void issue_sigtermRemovesRecordsThroughShutdownHook() throws Exception {
        int status = new LeftoverRun(bed, stateDir).terminateAfterRecordAdded("term.example.com");

        assertEquals(143, status, "exit status after SIGTERM");
        bed.assertNoChallengeRecords();
    }

    @Test
    void issue_sigintRemovesRecordsThroughShutdownHook() throws Exception {
        int status = new LeftoverRun(bed, stateDir).interruptAfterRecordAdded("int.example.com");

        assertEquals(130, status, "exit status after SIGINT");
        bed.assertNoChallengeRecords();
    }

    @Test
    void revoke_marksCertificateRevokedAtCa() throws Exception {
        IssuedCertificate issued = issue("revoke.example.com");
        AcmeAccountSettings account = bed.request(stateDir, "x.example.com").build().account();

        issuer.revoke(account, issued.certificate(), RevocationReason.KEY_COMPROMISE,
                Optional.empty());

        assertTrue(certificateStatus(issued.certificate()).contains("Revoked"),
                certificateStatus(issued.certificate()));
        IssueException again = assertThrows(IssueException.class, () -> issuer.revoke(account,
                issued.certificate(), RevocationReason.KEY_COMPROMISE, Optional.empty()));
        assertEquals(IssueException.Reason.ACME, again.reason());
    }

    @Test
    void revoke_withCertificateKey() throws Exception {
        IssuedCertificate issued = issue("revoke-key.example.com");
        AcmeAccountSettings account = bed.request(stateDir, "x.example.com").build().account();

        issuer.revoke(account, issued.certificate(), RevocationReason.SUPERSEDED,
                Optional.of(issued.keyPair()));

        assertTrue(certificateStatus(issued.certificate()).contains("Revoked"));
    }

    @Test
    void renewalWindow_emptyWithoutAri() throws Exception {
        IssuedCertificate issued = issue("ari.example.com");
        AcmeAccountSettings account = bed.request(stateDir, "x.example.com").build().account();

        assertEquals(Optional.empty(), issuer.renewalWindow(account, issued.certificate()));
    }

    private static String certificateStatus(X509Certificate cert) throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(bed.pebble.sslContext()).build();
        HttpRequest request = HttpRequest.newBuilder(bed.pebble.managementUrl()
                .resolve("/cert-status-by-serial/" + cert.getSerialNumber().toString(16)))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}

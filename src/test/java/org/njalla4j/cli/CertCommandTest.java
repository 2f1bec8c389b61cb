package org.njalla4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.njalla4j.acme.AccountStore;
import org.njalla4j.acme.AcmeTokenStore;
import org.njalla4j.acme.PemFiles;
import org.njalla4j.client.DnsRecord;
import org.njalla4j.testing.AcmeTestBed;

/** Runs {@code njalla cert} through {@link Main} against Pebble and the emulator. */
class CertCommandTest {

    private static AcmeTestBed bed;
    private Map<String, List<DnsRecord>> before;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path stateDir;

    @TempDir
    Path outDir;

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

    private int run(String subcommand, List<String> extra, String... names) {
        List<String> args = new ArrayList<>(List.of("cert", subcommand));
        for (String name : names) {
            args.add("-d");
            args.add(name);
        }
        args.addAll(bed.cliOptions(stateDir, outDir));
        args.addAll(extra);
        return runPlain(args.toArray(String[]::new));
    }

    private int runPlain(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
                bed.cliEnvironment(), args);
    }

    @Test
    void issue_writesFilesAndPrintsSummary() {
        int code = run("issue", List.of(), "example.com", "*.example.com");

        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("example.com"), out.toString());
        assertTrue(out.toString().contains("*.example.com"), out.toString());
        assertTrue(out.toString().contains("expires:"), out.toString());
        assertTrue(out.toString().contains(outDir.resolve("fullchain.pem").toString()),
                out.toString());
        assertTrue(Files.exists(outDir.resolve("privkey.pem")));
    }

    @Test
    void show_printsCertificateDetails() throws Exception {
        assertEquals(0, run("issue", List.of(), "show.example.com"), err.toString());
        out.getBuffer().setLength(0);

        int code = runPlain("cert", "show", outDir.resolve("fullchain.pem").toString());

        assertEquals(0, code, err.toString());
        String shown = out.toString();
        assertTrue(shown.contains("names:      show.example.com"), shown);
        assertTrue(shown.contains("key type:   EC P-256"), shown);
        assertTrue(shown.contains("serial:"), shown);
        assertTrue(shown.contains("1 more certificate"), shown);
    }

    @Test
    void renew_notDueKeepsCertificate() throws Exception {
        assertEquals(0, run("issue", List.of(), "renew.example.com"), err.toString());
        String serial = serial();

        int code = run("renew", List.of());

        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("Not renewed: not due until"), out.toString());
        assertEquals(serial, serial());
    }

    @Test
    void renew_forceReplacesCertificateForSameNames() throws Exception {
        assertEquals(0, run("issue", List.of(), "force.example.com", "www.force.example.com"),
                err.toString());
        String serial = serial();

        int code = run("renew", List.of("--force"));

        assertEquals(0, code, err.toString());
        assertNotEquals(serial, serial());
        assertTrue(out.toString().contains("www.force.example.com"), out.toString());
    }

    @Test
    void revoke_withAccountSucceeds() {
        assertEquals(0, run("issue", List.of(), "revoke.example.com"), err.toString());
        List<String> options = bed.cliOptions(stateDir, outDir);

        int code = runPlain("cert", "revoke", "--cert", outDir.resolve("cert.pem").toString(),
                "--reason", "keyCompromise", "--server", options.get(1), "--ca-cert",
                options.get(3), "--email", "admin@example.com", "--state-dir",
                stateDir.toString());

        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("Revoked certificate"), out.toString());
    }

    @Test
    void revoke_withCertificateKeySucceeds() {
        assertEquals(0, run("issue", List.of(), "revoke-key.example.com"), err.toString());
        List<String> options = bed.cliOptions(stateDir, outDir);

        int code = runPlain("cert", "revoke", "--cert", outDir.resolve("cert.pem").toString(),
                "--key", outDir.resolve("privkey.pem").toString(), "--server", options.get(1),
                "--ca-cert", options.get(3), "--state-dir", stateDir.toString());

        assertEquals(0, code, err.toString());
    }

    @Test
    void issue_withoutAgreeTosExitsTwo() {
        List<String> args = new ArrayList<>(List.of("cert", "issue", "-d", "tos.example.com"));
        args.addAll(bed.cliOptions(stateDir, outDir));
        args.remove("--agree-tos");

        int code = runPlain(args.toArray(String[]::new));

        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("--agree-tos"), err.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-d|bad..name|'bad..name'",
        "-d|1.2.3.4|IP address",
        "-d|2001:db8::1|IP address",
        "--key-type|dsa|'dsa'",
        "--ttl|120|120",
        "--nameserver|127.0.0.1:0|127.0.0.1:0",
        "--propagation-timeout|5x|'5x'",
        "--propagation-timeout|99999999999999s|99999999999999s",
        "--propagation-timeout|25h|at most 24h",
        "--acme-timeout|99999999999999s|99999999999999s",
        "--acme-timeout|P2D|P2D",
        "--server|http://127.0.0.1/dir|should be specified only once",
        "--bogus-option|x|Unknown option"})
    void issue_invalidInputExitsTwoAndSendsNothing(String option, String value, String named)
            throws Exception {
        long tokens = bed.admin.tokens().list().size();
        List<String> extra = option.equals("-d") ? List.of() : List.of(option, value);
        String name = option.equals("-d") ? value : "ok.example.com";

        int code = run("issue", extra, name);

        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains(named), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertEquals(tokens, bed.admin.tokens().list().size());
        assertFalse(Files.exists(outDir.resolve("cert.pem")));
    }

    @Test
    void issue_letsEncryptNameIsAcceptedButCaFileRejected() {
        List<String> args = new ArrayList<>(List.of("cert", "issue", "-d", "le.example.com"));
        args.addAll(bed.cliOptions(stateDir, outDir));
        args.set(args.indexOf("--server") + 1, "letsencrypt");

        int code = runPlain(args.toArray(String[]::new));

        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("only with an https:// directory URL"),
                err.toString());
    }

    @Test
    void revoke_unknownReasonListsChoices() {
        int code = runPlain("cert", "revoke", "--cert", "/nonexistent.pem", "--reason", "bogus",
                "--server", "https://127.0.0.1:1/dir", "--state-dir", stateDir.toString());

        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("keyCompromise"), err.toString());
    }

    @Test
    void renew_withoutCertificateExitsTwo() {
        int code = run("renew", List.of());

        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("njalla cert issue"), err.toString());
    }

    private List<String> optionsWith(String option, String value) {
        List<String> options = new ArrayList<>(bed.cliOptions(stateDir, outDir));
        options.set(options.indexOf(option) + 1, value);
        return options;
    }

    @Test
    void issue_unreachableNameserverExitsThree() {
        List<String> args = new ArrayList<>(List.of("cert", "issue", "-d", "dns.example.com"));
        args.addAll(optionsWith("--nameserver", "127.0.0.1:1"));
        args.addAll(List.of("--propagation-timeout", "5s"));

        int code = runPlain(args.toArray(String[]::new));

        assertEquals(3, code, err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }

    @Test
    void issue_refusedApiWithStoredTokenExitsThree() throws Exception {
        String apiUrl = "http://127.0.0.1:1/api/1/";
        Path tokenFile = new AcmeTokenStore(stateDir, Clock.systemUTC())
                .tokenFile(URI.create(apiUrl));
        Files.createDirectories(tokenFile.getParent());
        Files.writeString(tokenFile, "stored-token\n");
        Files.setPosixFilePermissions(tokenFile, PosixFilePermissions.fromString("rw-------"));
        List<String> args = new ArrayList<>(List.of("cert", "issue", "-d", "api.example.com"));
        args.addAll(optionsWith("--api-url", apiUrl));

        int code = runPlain(args.toArray(String[]::new));

        assertEquals(3, code, err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }

    @Test
    void issue_refusedAcmeServerExitsThree() {
        List<String> args = new ArrayList<>(List.of("cert", "issue", "-d", "ca.example.com"));
        args.addAll(optionsWith("--server", "https://127.0.0.1:1/dir"));

        int code = runPlain(args.toArray(String[]::new));

        assertEquals(3, code, err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }

    @Test
    void show_directoryNamesFileToGive() {
        int code = runPlain("cert", "show", outDir.toString());

        assertEquals(2, code, err.toString());
        assertOneLineContaining(outDir + ": it is a directory", "cert.pem");
    }

    @Test
    void show_missingFileNamesFileToGive() {
        Path missing = outDir.resolve("missing.pem");

        int code = runPlain("cert", "show", missing.toString());

        assertEquals(2, code, err.toString());
        assertOneLineContaining(missing + ": no such file", "cert.pem");
    }

    @Test
    void revoke_missingCertificateNamesFileToGive() {
        Path missing = outDir.resolve("missing.pem");

        int code = runPlain("cert", "revoke", "--cert", missing.toString(), "--server",
                "https://127.0.0.1:1/dir", "--state-dir", stateDir.toString());

        assertEquals(2, code, err.toString());
        assertOneLineContaining(missing + ": no such file", "cert.pem");
    }

    @Test
    void issue_corruptAccountKeyNamesFix() throws Exception {
        Path accountDir = new AccountStore(bed.request(stateDir, "x.example.com").build()
                .account()).directory();
        Files.createDirectories(accountDir);
        Path keyFile = accountDir.resolve("account-key.pem");
        Files.writeString(keyFile, "-----BEGIN PRIVATE KEY-----\nAAAA\n"
                + "-----END PRIVATE KEY-----\n");
        Files.writeString(accountDir.resolve("account-url"), "https://127.0.0.1/acct/1\n");

        int code = run("issue", List.of(), "corrupt.example.com");

        assertEquals(2, code, err.toString());
        assertOneLineContaining(keyFile.toString(), "move " + accountDir + " away");
    }

    private void assertOneLineContaining(String... parts) {
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        for (String part : parts) {
            assertTrue(message.contains(part), message);
        }
    }

    private String serial() throws Exception {
        return PemFiles.readCertificates(outDir.resolve("cert.pem")).get(0).getSerialNumber()
                .toString(16);
    }
}

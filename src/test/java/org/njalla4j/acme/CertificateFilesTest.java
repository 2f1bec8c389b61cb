package org.njalla4j.acme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.njalla4j.testing.TestCertificates;

class CertificateFilesTest {

    private static final TestCertificates CA = TestCertificates.generate();

    @TempDir
    Path dir;

    private static IssuedCertificate issued(String name) {
        KeyPair key = TestCertificates.newKeyPair();
        Instant now = Instant.now();
        X509Certificate leaf = CA.issue(key, List.of(name), now, now.plus(Duration.ofDays(90)));
        return new IssuedCertificate(List.of(leaf, CA.caCertificate()), key, List.of(name),
                List.of());
    }

    @Test
    void write_createsFourFilesWithKeyPrivate() throws Exception {
        CertificateFiles files = new CertificateFiles(dir, Clock.systemUTC());
        IssuedCertificate issued = issued("example.com");

        files.write(issued);

        for (String name : CertificateFiles.NAMES) {
            assertTrue(Files.isRegularFile(dir.resolve(name)), name);
        }
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("privkey.pem"))));
        assertEquals(issued.certificate(), files.readCertificate());
    }

    @Test
    void write_fullchainIsCertThenChain() throws Exception {
        new CertificateFiles(dir, Clock.systemUTC()).write(issued("example.com"));

        String cert = Files.readString(dir.resolve("cert.pem"));
        String chain = Files.readString(dir.resolve("chain.pem"));
        assertEquals(cert + chain, Files.readString(dir.resolve("fullchain.pem")));
        assertEquals(2, PemFiles.readCertificates(dir.resolve("fullchain.pem")).size());
    }

    @Test
    void write_keyMatchesCertificateAfterReplacement() throws Exception {
        CertificateFiles files = new CertificateFiles(dir, Clock.systemUTC());
        files.write(issued("old.example.com"));
        IssuedCertificate second = issued("new.example.com");

        files.write(second);

        String key = Files.readString(dir.resolve("privkey.pem"));
        assertEquals(PemFiles.encodePrivateKey(second.keyPair()), key);
        assertArrayEquals(second.keyPair().getPublic().getEncoded(),
                files.readCertificate().getPublicKey().getEncoded());
    }

    @Test
    void write_namesAreLinksThroughCurrent() throws Exception {
        new CertificateFiles(dir, Clock.systemUTC()).write(issued("example.com"));

        assertTrue(Files.isSymbolicLink(dir.resolve("current")));
        assertEquals(Path.of("current", "cert.pem"),
                Files.readSymbolicLink(dir.resolve("cert.pem")));
    }

    @Test
    void write_keepsTwoVersionsAndNoTemporaryFiles() throws Exception {
        CertificateFiles files = new CertificateFiles(dir, Clock.systemUTC());
        for (int i = 0; i < 4; i++) {
            files.write(issued("v" + i + ".example.com"));
        }

        try (Stream<Path> versions = Files.list(dir.resolve(".versions"))) {
            assertEquals(2, versions.count());
        }
        try (Stream<Path> entries = Files.list(dir)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of(".lock", ".versions", "cert.pem", "chain.pem", "current",
                    "fullchain.pem", "privkey.pem"), names);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"out", "./out", "sub/../out", "link"})
    void write_keepsTwoVersionsForAnySpelling(String spelling) throws Exception {
        Files.createDirectories(dir.resolve("out"));
        Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("link"), Path.of("out"));
        CertificateFiles files = new CertificateFiles(dir.resolve(spelling), Clock.systemUTC());
        IssuedCertificate last = null;
        for (int i = 0; i < 4; i++) {
            last = issued("v" + i + ".example.com");
            files.write(last);
        }

        try (Stream<Path> versions = Files.list(dir.resolve("out/.versions"))) {
            assertEquals(2, versions.count());
        }
        assertEquals(PemFiles.encodePrivateKey(last.keyPair()),
                Files.readString(dir.resolve("out/privkey.pem")));
    }

    @Test
    void write_concurrentWritersLeaveMatchingPair() throws Exception {
        CertificateFiles files = new CertificateFiles(dir, Clock.systemUTC());
        List<IssuedCertificate> certs = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            certs.add(issued("c" + i + ".example.com"));
        }

        List<Thread> writers = certs.stream().map(c -> new Thread(() -> {
            try {
                files.write(c);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })).toList();
        writers.forEach(Thread::start);
        for (Thread writer : writers) {
            writer.join();
        }

        X509Certificate current = files.readCertificate();
        IssuedCertificate winner = certs.stream()
                .filter(c -> c.certificate().equals(current)).findFirst().orElseThrow();
        assertEquals(PemFiles.encodePrivateKey(winner.keyPair()),
                Files.readString(dir.resolve("privkey.pem")));
    }

    @Test
    void write_replacesPlainFilesFromOtherTools() throws Exception {
        Files.writeString(dir.resolve("cert.pem"), "old");
        IssuedCertificate issued = issued("example.com");

        new CertificateFiles(dir, Clock.systemUTC()).write(issued);

        assertTrue(Files.isSymbolicLink(dir.resolve("cert.pem")));
        assertFalse(Files.readString(dir.resolve("cert.pem")).contains("old"));
    }
}

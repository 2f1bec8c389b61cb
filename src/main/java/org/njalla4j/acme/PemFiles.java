package org.njalla4j.acme;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.shredzone.acme4j.util.KeyPairUtils;

/**
 * PEM encoding and crash-safe file writing for certificates, keys and small state files.
 * Every write goes to a temporary file in the same directory, is forced to disk and is
 * then renamed over the target, so a reader sees the old or the new content, never a part.
 */
public final class PemFiles {

    private PemFiles() {
    }

    /** Encodes certificates as consecutive PEM blocks. */
    public static String encodeCertificates(List<X509Certificate> certs) {
        StringBuilder pem = new StringBuilder();
        for (X509Certificate cert : certs) {
            try {
                pem.append(block("CERTIFICATE", cert.getEncoded()));
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("cannot encode certificate", e);
            }
        }
        return pem.toString();
    }

    /** Encodes a private key as unencrypted PKCS#8 ({@code BEGIN PRIVATE KEY}). */
    public static String encodePrivateKey(KeyPair keyPair) {
        return block("PRIVATE KEY", keyPair.getPrivate().getEncoded());
    }

    /** Reads every certificate of a PEM file, leaf first as stored. */
    public static List<X509Certificate> readCertificates(Path file) throws IOException {
        byte[] data = Files.readAllBytes(file);
        try (InputStream in = new ByteArrayInputStream(data)) {
            List<X509Certificate> certs = new ArrayList<>();
            for (var cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certs.add((X509Certificate) cert);
            }
            if (certs.isEmpty()) {
                throw new IOException("no certificate in " + file);
            }
            return List.copyOf(certs);
        } catch (GeneralSecurityException e) {
            throw new IOException("invalid certificate file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a key pair written by {@link #writeKeyPair}. */
    public static KeyPair readKeyPair(Path file) throws IOException {
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        try {
            return KeyPairUtils.readKeyPair(new StringReader(pem));
        } catch (IOException | RuntimeException e) {
            throw new IOException("invalid key file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes a key pair (private and public part) to a file of mode 0600. */
    public static void writeKeyPair(Path file, KeyPair keyPair) throws IOException {
        StringWriter pem = new StringWriter();
        KeyPairUtils.writeKeyPair(keyPair, pem);
        writeAtomically(file, pem.toString(), true);
    }

    /**
     * Writes {@code content} to {@code file} atomically; {@code secret} files get mode 0600
     * from creation on, others 0644.
     */
    public static void writeAtomically(Path file, String content, boolean secret)
            throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                        secret ? "rw-------" : "rw-r--r--")));
        try {
            writeAndSync(temp, content);
            move(temp, file);
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes and forces {@code content} into an existing file. */
    static void writeAndSync(Path file, String content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(StandardCharsets.US_ASCII.encode(content));
            channel.force(true);
        }
    }

    /** Forces a directory's entries to disk, where the platform allows it. */
    static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems reject opening or syncing a directory; the rename still holds.
        }
    }

    private static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + target
                    + " cannot rename atomically", e);
        }
    }

    private static String block(String type, byte[] der) {
        String base64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + base64 + "\n-----END " + type + "-----\n";
    }
}

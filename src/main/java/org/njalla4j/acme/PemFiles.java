package org.njalla4j.acme;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

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

    /** Reads a key pair written by {@link #writeKeyPair}: PKCS#8 and public key blocks. */
    public static KeyPair readKeyPair(Path file) throws IOException {
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        byte[] publicDer = decodeBlock(pem, "PUBLIC KEY", file);
        PrivateKey privateKey = readPrivateKey(file);
        try {
            KeyFactory factory = KeyFactory.getInstance(privateKey.getAlgorithm());
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(publicDer));
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException e) {
            throw new IOException("invalid public key in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads an unencrypted PKCS#8 private key ({@code BEGIN PRIVATE KEY}), EC or RSA. */
    public static PrivateKey readPrivateKey(Path file) throws IOException {
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        byte[] der = decodeBlock(pem, "PRIVATE KEY", file);
        for (String algorithm : new String[] {"EC", "RSA"}) {
            try {
                return KeyFactory.getInstance(algorithm)
                        .generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                // Try the next algorithm.
            }
        }
        throw new IOException("invalid private key in " + file + ": expected an unencrypted"
                + " EC or RSA key in PKCS#8 form (BEGIN PRIVATE KEY)");
    }

    /** Writes a key pair as PKCS#8 and public key PEM blocks to a file of mode 0600. */
    public static void writeKeyPair(Path file, KeyPair keyPair) throws IOException {
        writeAtomically(file, encodePrivateKey(keyPair)
                + block("PUBLIC KEY", keyPair.getPublic().getEncoded()), true);
    }

    private static byte[] decodeBlock(String pem, String type, Path file) throws IOException {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int start = pem.indexOf(begin);
        int stop = start < 0 ? -1 : pem.indexOf(end, start);
        if (stop < 0) {
            throw new IOException("no " + type + " block in " + file);
        }
        try {
            return Base64.getMimeDecoder().decode(pem.substring(start + begin.length(), stop));
        } catch (IllegalArgumentException e) {
            throw new IOException("invalid base64 in the " + type + " block of " + file, e);
        }
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

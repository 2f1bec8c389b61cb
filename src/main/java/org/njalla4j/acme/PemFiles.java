package org.njalla4j.acme;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

    private static final String CERTIFICATE_FIX = "give a PEM certificate file, such as the"
            + " cert.pem that njalla cert issue writes";
    private static final String PRIVATE_KEY_FIX = "give the certificate's PKCS#8 PEM key,"
            + " such as the privkey.pem that njalla cert issue writes";

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

    /**
     * Reads every certificate of a PEM file, leaf first as stored.
     *
     * @throws IOException with a one-line message naming the file, what is wrong with it
     *     and what to give instead
     */
    public static List<X509Certificate> readCertificates(Path file) throws IOException {
        byte[] data = readBytes(file, "certificate", CERTIFICATE_FIX);
        try (InputStream in = new ByteArrayInputStream(data)) {
            List<X509Certificate> certs = new ArrayList<>();
            for (var cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certs.add((X509Certificate) cert);
            }
            if (certs.isEmpty()) {
                throw new IOException("no certificate in " + file + "; " + CERTIFICATE_FIX);
            }
            return List.copyOf(certs);
        } catch (GeneralSecurityException e) {
            throw new IOException("invalid certificate file " + file + ": "
                    + oneLine(e.getMessage()) + "; " + CERTIFICATE_FIX, e);
        }
    }

    /**
     * Reads a key pair written by {@link #writeKeyPair}: PKCS#8 and public key blocks. The
     * messages name the file and the fault but no fix, which depends on what the key is for.
     */
    public static KeyPair readKeyPair(Path file) throws IOException {
        String pem = new String(readBytes(file, "key file", "check the path"),
                StandardCharsets.US_ASCII);
        PrivateKey privateKey = parsePrivateKey(decodeBlock(pem, "PRIVATE KEY", file), file);
        byte[] publicDer = decodeBlock(pem, "PUBLIC KEY", file);
        try {
            KeyFactory factory = KeyFactory.getInstance(privateKey.getAlgorithm());
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(publicDer));
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException e) {
            throw new IOException("invalid key file " + file + ": the PUBLIC KEY block is"
                    + " not a valid " + privateKey.getAlgorithm() + " key", e);
        }
    }

    /**
     * Reads an unencrypted PKCS#8 private key ({@code BEGIN PRIVATE KEY}), EC or RSA.
     *
     * @throws IOException with a one-line message naming the file and the fix
     */
    public static PrivateKey readPrivateKey(Path file) throws IOException {
        String pem = new String(readBytes(file, "private key", PRIVATE_KEY_FIX),
                StandardCharsets.US_ASCII);
        try {
            return parsePrivateKey(decodeBlock(pem, "PRIVATE KEY", file), file);
        } catch (IOException e) {
            throw new IOException(e.getMessage() + "; " + PRIVATE_KEY_FIX, e);
        }
    }

    private static PrivateKey parsePrivateKey(byte[] der, Path file) throws IOException {
        for (String algorithm : new String[] {"EC", "RSA"}) {
            try {
                return KeyFactory.getInstance(algorithm)
                        .generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                // Try the next algorithm.
            }
        }
        throw new IOException("invalid key file " + file + ": the PRIVATE KEY block is not"
                + " an unencrypted EC or RSA key in PKCS#8 form");
    }

    /** Reads a whole file, turning the usual failures into a message with the fix. */
    private static byte[] readBytes(Path file, String description, String fix)
            throws IOException {
        String prefix = "cannot read " + description + " " + file + ": ";
        try {
            if (Files.isDirectory(file)) {
                throw new IOException(prefix + "it is a directory; " + fix);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IOException(prefix + "no such file; " + fix, e);
        } catch (AccessDeniedException e) {
            throw new IOException(prefix + "permission denied; check the file's owner and"
                    + " mode", e);
        }
    }

    private static String oneLine(String message) {
        return message == null ? "no details" : message.replaceAll("\\s+", " ").strip();
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
            throw new IOException("invalid key file " + file + ": it has no " + type
                    + " block");
        }
        try {
            return Base64.getMimeDecoder().decode(pem.substring(start + begin.length(), stop));
        } catch (IllegalArgumentException e) {
            throw new IOException("invalid key file " + file + ": the " + type
                    + " block is not valid base64", e);
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

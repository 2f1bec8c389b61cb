package org.njalla4j.acme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Stores an issued certificate as {@code cert.pem}, {@code chain.pem}, {@code fullchain.pem}
 * and {@code privkey.pem} (mode 0600) in an output directory, so that a reader never sees a
 * half-written file or a certificate beside another certificate's key.
 *
 * <p>Each issuance writes all four files, forced to disk, into a new directory
 * {@code .versions/<time>-<id>}. The symbolic link {@code current} is then pointed at it
 * with one atomic rename, which switches all four files at once. The four names in the
 * output directory are links to {@code current/<name>}. The previous version is kept for
 * readers that opened it just before the switch; older ones are deleted.
 */
public final class CertificateFiles {

    /** The file names written, in the order of {@link #write}. */
    public static final List<String> NAMES =
            List.of("cert.pem", "chain.pem", "fullchain.pem", "privkey.pem");

    private static final String VERSIONS = ".versions";
    private static final String CURRENT = "current";
    private static final String LOCK = ".lock";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path dir;
    private final Clock clock;

    /** Creates a store for {@code dir}; {@code clock} names the version directories. */
    public CertificateFiles(Path dir, Clock clock) {
        this.dir = Objects.requireNonNull(dir, "dir").toAbsolutePath().normalize();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Returns the path of one of the {@link #NAMES} in the output directory. */
    public Path file(String name) {
        return dir.resolve(name);
    }

    /**
     * Writes the four files and switches to them atomically. Concurrent writers to one
     * directory, in this process or another, take turns on {@code .lock}.
     */
    public void write(IssuedCertificate issued) throws IOException {
        Objects.requireNonNull(issued, "issued");
        Files.createDirectories(dir);
        try (FileLocks.Held lock = FileLocks.acquire(dir.resolve(LOCK))) {
            writeLocked(issued);
        }
    }

    private void writeLocked(IssuedCertificate issued) throws IOException {
        Path versions = dir.resolve(VERSIONS);
        Files.createDirectories(versions);
        String id = STAMP.format(clock.instant()) + "-" + UUID.randomUUID().toString().substring(0, 8);
        Path version = Files.createDirectory(versions.resolve(id));
        writeVersion(version, issued);
        PemFiles.syncDirectory(versions);
        Path previous = currentVersion();
        replaceLink(dir.resolve(CURRENT), dir.relativize(version));
        for (String name : NAMES) {
            Path target = Path.of(CURRENT, name);
            Path link = dir.resolve(name);
            if (!Files.isSymbolicLink(link) || !Files.readSymbolicLink(link).equals(target)) {
                replaceLink(link, target);
            }
        }
        PemFiles.syncDirectory(dir);
        pruneVersions(versions, previous == null ? Set.of(version.getFileName())
                : Set.of(version.getFileName(), previous.getFileName()));
    }

    /** Reads the current leaf certificate, {@code cert.pem}. */
    public X509Certificate readCertificate() throws IOException {
        return PemFiles.readCertificates(file("cert.pem")).get(0);
    }

    /** Returns whether a certificate is stored. */
    public boolean exists() {
        return Files.exists(file("cert.pem"));
    }

    private static void writeVersion(Path version, IssuedCertificate issued) throws IOException {
        String cert = PemFiles.encodeCertificates(List.of(issued.certificate()));
        String chain = PemFiles.encodeCertificates(issued.issuers());
        writeNew(version.resolve("cert.pem"), cert, false);
        writeNew(version.resolve("chain.pem"), chain, false);
        writeNew(version.resolve("fullchain.pem"), cert + chain, false);
        writeNew(version.resolve("privkey.pem"), PemFiles.encodePrivateKey(issued.keyPair()), true);
        PemFiles.syncDirectory(version);
    }

    private static void writeNew(Path file, String content, boolean secret) throws IOException {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString(secret ? "rw-------" : "rw-r--r--")));
        PemFiles.writeAndSync(file, content);
    }

    private static void replaceLink(Path link, Path target) throws IOException {
        Path temp = link.resolveSibling("." + link.getFileName() + "." + UUID.randomUUID());
        Files.createSymbolicLink(temp, target);
        try {
            Files.move(temp, link, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Returns the version directory that {@code current} points at, or null. */
    private Path currentVersion() throws IOException {
        Path link = dir.resolve(CURRENT);
        if (!Files.isSymbolicLink(link)) {
            return null;
        }
        return dir.resolve(Files.readSymbolicLink(link)).normalize();
    }

    /**
     * Deletes every version directory but the ones named in {@code keep}. Names are
     * compared, not paths, so that a spelling of the output directory with {@code ./} or
     * {@code ..} cannot make the current version look old.
     */
    private static void pruneVersions(Path versions, Set<Path> keep) throws IOException {
        List<Path> old;
        try (Stream<Path> list = Files.list(versions)) {
            old = list.filter(path -> !keep.contains(path.getFileName())).toList();
        }
        for (Path path : old) {
            deleteTree(path);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}

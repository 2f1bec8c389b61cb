package org.njalla4j.dns01;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TXT records this tool added or is about to add, kept in a JSON file so that a
 * later run can remove what a crashed run left. An entry is saved before
 * {@code add-record} is sent and updated with the record id right after, so a record
 * whose id never arrived can still be found by name and content.
 *
 * <p>The file is replaced atomically (temporary file, then an atomic move) at mode
 * 0600. {@link #open(Path)} takes an exclusive lock on {@code <file>.lock}, which
 * {@link #close()} releases; the lock guards against two processes sharing the file.
 * Methods are thread-safe.
 */
public final class Journal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);

    /** How long {@link #open(Path)} waits for another process to release the lock. */
    public static final Duration LOCK_WAIT = Duration.ofSeconds(60);

    private static final Duration LOCK_POLL = Duration.ofMillis(100);

    /** Whether the record of an entry is known to exist. */
    public enum State {
        /** Saved before add-record; the record may or may not exist and its id is unknown. */
        PENDING,
        /** add-record succeeded or a listing showed the record; the id is known. */
        ADDED
    }

    /**
     * One record in the journal.
     *
     * @param run the id of the publisher run that added it
     * @param identifier the identifier the challenge is for, as given
     * @param zone the Njalla domain holding the record
     * @param name the record name relative to {@code zone}
     * @param value the TXT content
     * @param id the record id, null exactly when {@code state} is {@link State#PENDING}
     * @param created when the entry was first saved
     * @param state whether the record is known to exist
     */
    public record Entry(String run, String identifier, String zone, String name, String value,
            String id, Instant created, State state) {

        public Entry {
            Objects.requireNonNull(run, "run");
            Objects.requireNonNull(identifier, "identifier");
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(created, "created");
            Objects.requireNonNull(state, "state");
            if ((id == null) != (state == State.PENDING)) {
                throw new IllegalArgumentException("journal entry for " + name + " in " + zone
                        + " is " + state + " with id " + id + "; a pending entry has no id"
                        + " and an added one has an id");
            }
        }

        /** Returns whether {@code other} is about the same record: same zone, name and value. */
        public boolean sameRecord(Entry other) {
            return zone.equals(other.zone) && name.equalsIgnoreCase(other.name)
                    && value.equals(other.value);
        }

        /** Returns a copy in state {@link State#ADDED} with the given id. */
        public Entry added(String recordId) {
            Objects.requireNonNull(recordId, "recordId");
            return new Entry(run, identifier, zone, name, value, recordId, created, State.ADDED);
        }
    }

    private final Path file;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final List<Entry> entries;
    private boolean closed;

    private Journal(Path file, FileChannel lockChannel, FileLock lock, List<Entry> entries) {
        this.file = file;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.entries = entries;
    }

    /**
     * Opens the journal at {@code file}, creating its directory at mode 0700 if needed,
     * locks it and reads its entries. A missing file is an empty journal.
     *
     * @throws Dns01Exception when the file cannot be read or parsed, or another process
     *     holds the lock for longer than {@link #LOCK_WAIT}
     */
    public static Journal open(Path file) throws Dns01Exception {
        return open(file, LOCK_WAIT);
    }

    /**
     * Opens the journal like {@link #open(Path)}, waiting at most {@code lockWait} for
     * another process to release the lock.
     */
    public static Journal open(Path file, Duration lockWait) throws Dns01Exception {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(lockWait, "lockWait");
        Path absolute = file.toAbsolutePath();
        createDirectory(absolute.getParent());
        Path lockFile = absolute.resolveSibling(absolute.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile,
                    Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    ownerOnly("rw-------"));
            FileLock lock = acquire(channel, absolute, lockWait);
            return new Journal(absolute, channel, lock, JournalFormat.read(absolute));
        } catch (IOException e) {
            closeQuietly(channel);
            throw new JournalException("cannot open journal " + absolute + ": " + describe(e)
                    + "; check that the state directory is writable", e);
        } catch (Dns01Exception | RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** The journal file. */
    public Path file() {
        return file;
    }

    /** A snapshot of the entries, oldest first. */
    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    /**
     * Saves {@code entry}, replacing an entry about the same record, and writes the file
     * before returning.
     *
     * @throws Dns01Exception when the file cannot be written; the entry is then not kept
     */
    public synchronized void put(Entry entry) throws Dns01Exception {
        Objects.requireNonNull(entry, "entry");
        checkOpen();
        List<Entry> updated = new ArrayList<>(entries);
        int index = indexOf(updated, entry);
        if (index >= 0) {
            updated.set(index, entry);
        } else {
            updated.add(entry);
        }
        write(updated);
    }

    /**
     * Removes the entry about the same record as {@code entry}, if any, and writes the file.
     *
     * @throws Dns01Exception when the file cannot be written; the entry is then kept
     */
    public synchronized void remove(Entry entry) throws Dns01Exception {
        Objects.requireNonNull(entry, "entry");
        checkOpen();
        List<Entry> updated = new ArrayList<>(entries);
        int index = indexOf(updated, entry);
        if (index >= 0) {
            updated.remove(index);
            write(updated);
        }
    }

    /** Releases the lock. The entries stay in the file. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel below releases the lock as well.
        }
        closeQuietly(lockChannel);
    }

    private static int indexOf(List<Entry> list, Entry entry) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).sameRecord(entry)) {
                return i;
            }
        }
        return -1;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("journal " + file + " is closed");
        }
    }

    private void write(List<Entry> updated) throws Dns01Exception {
        byte[] json = JournalFormat.toJson(updated);
        Path temp = null;
        try {
            temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp",
                    ownerOnly("rw-------"));
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                out.write(ByteBuffer.wrap(json));
                out.force(true);
            }
            move(temp, file);
            entries.clear();
            entries.addAll(updated);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new JournalException("cannot write journal " + file + ": " + describe(e)
                    + "; check free space and permissions of the state directory", e);
        }
    }

    private static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static FileLock acquire(FileChannel channel, Path file, Duration lockWait)
            throws IOException, Dns01Exception {
        long deadline = System.nanoTime() + lockWait.toNanos();
        boolean waiting = false;
        while (true) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                throw new Dns01Exception("journal " + file + " is already open in this"
                        + " process; close the other Journal first", e);
            }
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() > deadline) {
                throw new Dns01Exception("journal " + file + " is still locked by another"
                        + " process after " + lockWait.toMillis() + " ms; wait for the"
                        + " other njalla run to finish");
            }
            if (!waiting) {
                LOG.info("waiting for another njalla run holding {}", file);
                waiting = true;
            }
            sleep(LOCK_POLL, file);
        }
    }

    private static void sleep(Duration pause, Path file) throws Dns01Exception {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Dns01Exception("interrupted while waiting for the lock of journal "
                    + file, e);
        }
    }

    private static void createDirectory(Path dir) throws Dns01Exception {
        if (dir == null || Files.isDirectory(dir)) {
            return;
        }
        try {
            Files.createDirectories(dir, ownerOnly("rwx------"));
        } catch (FileAlreadyExistsException e) {
            return;
        } catch (IOException e) {
            throw new JournalException("cannot create state directory " + dir + ": "
                    + describe(e)
                    + "; create it or choose another state directory", e);
        }
    }

    /** The failure in plain words, without Java's exception class name. */
    private static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static FileAttribute<?>[] ownerOnly(String permissions) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
        };
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // A stray temporary file is harmless; the journal itself is intact.
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing to do: the channel only carried the lock.
            }
        }
    }
}

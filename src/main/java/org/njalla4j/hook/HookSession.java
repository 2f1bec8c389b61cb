package org.njalla4j.hook;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.njalla4j.client.NjallaClient;
import org.njalla4j.dns01.ChallengePublisher;
import org.njalla4j.dns01.Dns01Exception;
import org.njalla4j.dns01.Dns01Settings;
import org.njalla4j.dns01.Journal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pieces one hook call works with: a Njalla client, the run's journal in the state
 * directory (locked while this session is open) and a publisher over both.
 */
final class HookSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HookSession.class);

    /** How long to wait for the lock of another state file before skipping it. */
    private static final Duration OTHER_FILE_LOCK_WAIT = Duration.ofSeconds(1);

    private final NjallaClient client;
    private final Dns01Settings dns01;
    private final Journal journal;
    private final ChallengePublisher publisher;

    private HookSession(NjallaClient client, Dns01Settings dns01, Journal journal) {
        this.client = client;
        this.dns01 = dns01;
        this.journal = journal;
        this.publisher = new ChallengePublisher(client, dns01, journal);
    }

    /**
     * Opens the journal {@code stateName} in the state directory and builds the client.
     *
     * @throws HookException when the state directory or journal cannot be used
     */
    static HookSession open(HookSettings settings, String stateName) throws HookException {
        Objects.requireNonNull(settings, "settings");
        Path dir = StateDirectory.ensure(settings.stateDir());
        Path file = dir.resolve(stateName);
        Journal journal;
        try {
            journal = Journal.open(file);
        } catch (Dns01Exception e) {
            throw HookException.invalid("cannot open state file " + file + ": " + e.getMessage()
                    + "; check " + HookSettings.STATE_DIR);
        }
        return new HookSession(client(settings), dns01(settings), journal);
    }

    /**
     * Removes the records of entries older than {@link ChallengeRun#ABANDONED_AFTER} from
     * the other state files in the state directory whose names match {@code glob}, such
     * as those of certbot runs for other names. This is best effort: a file that stays
     * locked (a run in progress) is skipped, and each failure logs a warning.
     */
    void removeAbandonedInOtherFiles(String glob) {
        Path own = journal.file();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(own.getParent(), glob)) {
            for (Path other : files) {
                if (!other.equals(own)) {
                    removeAbandonedIn(other);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            LOG.warn("cannot list the state files in {}: {}", own.getParent(), e.getMessage());
        }
    }

    private void removeAbandonedIn(Path file) {
        try (Journal other = Journal.open(file, OTHER_FILE_LOCK_WAIT)) {
            int removed = new ChallengePublisher(client, dns01, other)
                    .removeLeftovers(ChallengeRun.ABANDONED_AFTER);
            LOG.debug("resolved {} abandoned entries of {}", removed, file);
        } catch (Dns01Exception | RuntimeException e) {
            LOG.warn("cannot remove abandoned TXT records listed in {}: {}", file,
                    HookFailures.oneLine(String.valueOf(e.getMessage())));
        }
    }

    private static NjallaClient client(HookSettings settings) {
        NjallaClient.Builder builder = NjallaClient.builder().token(settings.token());
        if (settings.apiUrl() != null) {
            builder.apiUrl(settings.apiUrl());
        }
        return builder.build();
    }

    static Dns01Settings dns01(HookSettings settings) {
        return Dns01Settings.defaults()
                .withTtl(settings.ttl())
                .withPropagationTimeout(settings.propagationTimeout())
                .withPropagationInterval(settings.propagationInterval())
                .withNameservers(settings.nameservers())
                .withZones(settings.zones());
    }

    NjallaClient client() {
        return client;
    }

    Journal journal() {
        return journal;
    }

    ChallengePublisher publisher() {
        return publisher;
    }

    @Override
    public void close() {
        journal.close();
    }
}

package org.njalla4j.hook;

import java.nio.file.Path;
import java.util.Objects;
import org.njalla4j.client.NjallaClient;
import org.njalla4j.dns01.ChallengePublisher;
import org.njalla4j.dns01.Dns01Exception;
import org.njalla4j.dns01.Dns01Settings;
import org.njalla4j.dns01.Journal;

/**
 * The pieces one hook call works with: a Njalla client, the run's journal in the state
 * directory (locked while this session is open) and a publisher over both.
 */
final class HookSession implements AutoCloseable {

    private final NjallaClient client;
    private final Journal journal;
    private final ChallengePublisher publisher;

    private HookSession(NjallaClient client, Journal journal, ChallengePublisher publisher) {
        this.client = client;
        this.journal = journal;
        this.publisher = publisher;
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
        NjallaClient client = client(settings);
        return new HookSession(client, journal,
                new ChallengePublisher(client, dns01(settings), journal));
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

package org.njalla4j.dns01;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.njalla4j.client.AddRecordRequest;
import org.njalla4j.client.AddTokenRequest;
import org.njalla4j.client.DnsRecord;
import org.njalla4j.client.NjallaClient;
import org.njalla4j.client.NjallaException;
import org.njalla4j.emulator.Emulator;

/**
 * Test fixture: an emulated Njalla account with API and DNS on loopback, and the
 * clients, settings and journals the DNS-01 tests need. Every DNS query goes to the
 * emulator, never to a system resolver.
 */
final class EmulatedAccount implements AutoCloseable {

    final Emulator emulator;
    final NjallaClient fullClient;
    private final Path stateDir;
    private final List<Journal> journals = new ArrayList<>();

    private EmulatedAccount(Emulator emulator, Path stateDir) {
        this.emulator = emulator;
        this.stateDir = stateDir;
        this.fullClient = client(emulator.apiUrl(), emulator.fullAccessToken());
    }

    static EmulatedAccount start(Path stateDir, Duration propagationDelay, String... domains)
            throws Exception {
        return start(stateDir, Emulator.builder().domains(domains)
                .propagationDelay(propagationDelay));
    }

    static EmulatedAccount start(Path stateDir, Emulator.Builder builder) throws Exception {
        return new EmulatedAccount(builder.start(), stateDir);
    }

    static EmulatedAccount start(Path stateDir, String... domains) throws Exception {
        return start(stateDir, Duration.ZERO, domains);
    }

    static NjallaClient client(URI apiUrl, String token) {
        return NjallaClient.builder().apiUrl(apiUrl).token(token)
                .connectTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Settings that send every DNS query to the emulator and poll quickly. */
    Dns01Settings settings() {
        return Dns01Settings.defaults()
                .withNameservers(List.of(emulator.dnsAddress()))
                .withPropagationInterval(Duration.ofMillis(100))
                .withPropagationTimeout(Duration.ofSeconds(60));
    }

    /** Creates a token by add-token with acme=true and returns its key. */
    String acmeToken() throws NjallaException {
        return fullClient.tokens().add(AddTokenRequest.builder().comment("dns-01 test")
                .acme(true).build()).key();
    }

    /** Returns a client whose token was made by add-token with acme=true. */
    NjallaClient acmeClient() throws NjallaException {
        return client(emulator.apiUrl(), acmeToken());
    }

    Journal journal() throws Dns01Exception {
        return journal("journal.json");
    }

    Journal journal(String fileName) throws Dns01Exception {
        Journal journal = Journal.open(stateDir.resolve(fileName));
        journals.add(journal);
        return journal;
    }

    ChallengePublisher publisher(NjallaClient client, Dns01Settings settings)
            throws Dns01Exception {
        return new ChallengePublisher(client, settings, journal());
    }

    ChallengePublisher publisher() throws Dns01Exception {
        return publisher(fullClient, settings());
    }

    /** Returns the TXT records of {@code zone}. */
    List<DnsRecord> txt(String zone) throws NjallaException {
        return fullClient.records().list(zone).stream()
                .filter(r -> r.type().equals("TXT")).collect(Collectors.toList());
    }

    /** Returns the TXT values of {@code zone} named {@code name}. */
    List<String> txtValues(String zone, String name) throws NjallaException {
        return txt(zone).stream().filter(r -> r.hasName(name)).map(DnsRecord::content)
                .collect(Collectors.toList());
    }

    DnsRecord addRecord(String zone, String type, String name, String content)
            throws NjallaException {
        return fullClient.records().add(AddRecordRequest.builder(zone, type, name)
                .content(content).ttl(300).build());
    }

    @Override
    public void close() {
        journals.forEach(Journal::close);
        emulator.close();
    }
}

package org.njalla4j.emulator;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;

/**
 * The emulator's shared state and settings. The API handlers and the DNS server both
 * use it; every access happens while holding this object's monitor.
 */
final class EmulatorState {

    final AccountState account;
    private final Settings settings;
    /** Login sessions: session id to account e-mail. Sessions end with the process. */
    final Map<String, String> sessions = new HashMap<>();

    private final StateStore store;
    private volatile String updateUrl = "http://127.0.0.1/update/";
    private final SecureRandom random = new SecureRandom();

    /** Settings fixed when the emulator starts. */
    record Settings(Clock clock, Duration propagationDelay, boolean numericIds,
            List<String> nameservers, Duration taskDuration, int taskChecks) {
    }

    EmulatorState(AccountState account, Settings settings, StateStore store) {
        this.account = account;
        this.settings = settings;
        this.store = store;
    }

    /** Returns the URL of the emulator's Dynamic record update endpoint. */
    String updateUrl() {
        return updateUrl;
    }

    void setUpdateUrl(String url) {
        this.updateUrl = url;
    }

    Settings settings() {
        return settings;
    }

    Instant now() {
        return settings.clock().instant();
    }

    /** Returns the current time in the API's form, such as 2026-12-04T15:50:00Z. */
    String timestamp() {
        return timestamp(now());
    }

    static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Finds the account's domain, or throws 403 "permission denied" as the service does. */
    DomainState domain(String name) {
        DomainState domain = account.domains.get(normalizeDomain(name));
        if (domain == null) {
            throw ApiError.permissionDenied();
        }
        return domain;
    }

    /** Converts a domain name to the stored form: lower-case A-labels, no trailing dot. */
    static String normalizeDomain(String name) {
        String trimmed = name.strip();
        if (trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return RecordFields.toAscii(trimmed);
    }

    /** Whether {@code ascii} is a host name of two or more letter-digit-hyphen labels. */
    static boolean isHostName(String ascii) {
        return ascii.matches("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9]([a-z0-9-]{0,61}"
                + "[a-z0-9])?");
    }

    /** Finds the longest account domain that contains {@code qname}, the zone serving it. */
    Optional<DomainState> zoneFor(Name qname) {
        DomainState best = null;
        int bestLabels = -1;
        for (DomainState domain : account.domains.values()) {
            Name zone = zoneName(domain);
            if (qname.subdomain(zone) && zone.labels() > bestLabels) {
                best = domain;
                bestLabels = zone.labels();
            }
        }
        return Optional.ofNullable(best);
    }

    static Name zoneName(DomainState domain) {
        try {
            return Name.fromString(domain.name, Name.root);
        } catch (TextParseException e) {
            throw new IllegalStateException("stored domain is not a DNS name: " + domain.name, e);
        }
    }

    Optional<TokenState> token(String key) {
        return account.tokens.stream().filter(t -> t.key.equals(key)).findFirst();
    }

    /** Generates a random secret of 40 lower-case hex characters, like Njalla's keys. */
    String newKey() {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Writes the state file, when there is one. */
    void save() {
        if (store != null) {
            store.save(account);
        }
    }
}

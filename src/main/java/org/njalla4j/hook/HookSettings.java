package org.njalla4j.hook;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.njalla4j.client.Credentials;
import org.njalla4j.client.NjallaClient;
import org.njalla4j.client.RecordRules;
import org.njalla4j.dns01.Dns01Settings;
import org.njalla4j.dns01.DurationSyntax;

/**
 * Settings of a hook call, read from the environment and from the configuration file
 * (see {@link ConfigFile#locate}); the environment wins key by key, except that a token
 * given in the environment, by value or by file, replaces one given in the file. Within
 * one source {@code NJALLA_TOKEN} wins over {@code NJALLA_TOKEN_FILE}.
 *
 * @param apiUrl the Njalla API endpoint ({@code NJALLA_API_URL}), or null for the
 *     client's default
 * @param token the API token; {@link #toString()} never shows it
 * @param ttl TTL of the TXT records in seconds ({@code NJALLA_TTL})
 * @param propagationTimeout how long to wait for the records to be served
 * @param propagationInterval pause between two propagation checks
 * @param nameservers servers to query instead of the zone's authoritative ones; empty
 *     means ask the zone's own servers ({@code NJALLA_NAMESERVER})
 * @param zones zone names to place records in; empty means find the zone
 *     ({@code NJALLA_ZONE})
 * @param stateDir directory of the state files shared by the calls of one run
 */
public record HookSettings(
        URI apiUrl,
        String token,
        int ttl,
        Duration propagationTimeout,
        Duration propagationInterval,
        List<InetSocketAddress> nameservers,
        List<String> zones,
        Path stateDir) {

    static final String CONFIG = "NJALLA_CONFIG";
    static final String TOKEN = "NJALLA_TOKEN";
    static final String TOKEN_FILE = "NJALLA_TOKEN_FILE";
    static final String API_URL = "NJALLA_API_URL";
    static final String TTL = "NJALLA_TTL";
    static final String TIMEOUT = "NJALLA_PROPAGATION_TIMEOUT";
    static final String INTERVAL = "NJALLA_PROPAGATION_INTERVAL";
    static final String NAMESERVER = "NJALLA_NAMESERVER";
    static final String ZONE = "NJALLA_ZONE";
    static final String STATE_DIR = "NJALLA_STATE_DIR";

    /** Keys a configuration file may set. */
    static final Set<String> FILE_KEYS = new LinkedHashSet<>(List.of(TOKEN, TOKEN_FILE, API_URL,
            TTL, TIMEOUT, INTERVAL, NAMESERVER, ZONE, STATE_DIR));

    /** TTL used when {@code NJALLA_TTL} is not set, in seconds. */
    public static final int DEFAULT_TTL = Dns01Settings.DEFAULT_TTL;

    /** Propagation timeout used when {@code NJALLA_PROPAGATION_TIMEOUT} is not set. */
    public static final Duration DEFAULT_PROPAGATION_TIMEOUT =
            Dns01Settings.DEFAULT_PROPAGATION_TIMEOUT;

    /** Poll interval used when {@code NJALLA_PROPAGATION_INTERVAL} is not set. */
    public static final Duration DEFAULT_PROPAGATION_INTERVAL =
            Dns01Settings.DEFAULT_PROPAGATION_INTERVAL;

    public HookSettings {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(propagationTimeout, "propagationTimeout");
        Objects.requireNonNull(propagationInterval, "propagationInterval");
        Objects.requireNonNull(stateDir, "stateDir");
        nameservers = List.copyOf(nameservers);
        zones = List.copyOf(zones);
    }

    /**
     * Reads and checks the settings.
     *
     * @param env the process environment
     * @throws HookException with a one-line message naming the variable and the fix
     */
    public static HookSettings load(Map<String, String> env) throws HookException {
        Objects.requireNonNull(env, "env");
        Path configFile = ConfigFile.locate(env);
        Map<String, String> fromFile = configFile == null ? Map.of()
                : ConfigFile.read(configFile, env.get(CONFIG) != null, FILE_KEYS);
        rejectEmpty(env, "");
        rejectEmpty(fromFile, " in " + configFile);
        Map<String, String> merged = merge(fromFile, env);
        return new HookSettings(
                apiUrl(merged.get(API_URL)),
                token(merged),
                ttl(merged.get(TTL)),
                duration(TIMEOUT, merged.get(TIMEOUT), DEFAULT_PROPAGATION_TIMEOUT),
                duration(INTERVAL, merged.get(INTERVAL), DEFAULT_PROPAGATION_INTERVAL),
                NameserverList.parse(NAMESERVER, merged.get(NAMESERVER)),
                zones(merged.get(ZONE)),
                StateDirectory.locate(merged.get(STATE_DIR), env));
    }

    /**
     * Rejects settings that are present but empty where skipping them would fall back to
     * something the user did not choose: the production API URL, a token from elsewhere,
     * or the zone's own nameservers.
     */
    private static void rejectEmpty(Map<String, String> source, String where)
            throws HookException {
        Map<String, String> fallbacks = new LinkedHashMap<>();
        fallbacks.put(API_URL, "unset it to use " + NjallaClient.DEFAULT_API_URL
                + " or set the API URL");
        fallbacks.put(TOKEN_FILE, "unset it or set the path of a mode 600 file holding the"
                + " API token");
        fallbacks.put(NAMESERVER, "unset it to query the zone's authoritative nameservers"
                + " or set host:port");
        for (Map.Entry<String, String> fallback : fallbacks.entrySet()) {
            String value = source.get(fallback.getKey());
            if (value != null && value.isBlank()) {
                throw HookException.invalid(fallback.getKey() + " is set but empty" + where
                        + "; " + fallback.getValue());
            }
        }
    }

    private static Map<String, String> merge(Map<String, String> file, Map<String, String> env) {
        Map<String, String> merged = new HashMap<>(file);
        // A shell expands ~ in the environment, but nothing does so in the file.
        for (String key : List.of(TOKEN_FILE, STATE_DIR)) {
            merged.computeIfPresent(key, (k, value) -> expandHome(value, env.get("HOME")));
        }
        boolean envHasToken = ConfigFile.nonBlank(env.get(TOKEN)) != null
                || ConfigFile.nonBlank(env.get(TOKEN_FILE)) != null;
        if (envHasToken) {
            merged.remove(TOKEN);
            merged.remove(TOKEN_FILE);
        }
        for (String key : FILE_KEYS) {
            String value = ConfigFile.nonBlank(env.get(key));
            if (value != null) {
                merged.put(key, value);
            }
        }
        merged.replaceAll((key, value) -> ConfigFile.nonBlank(value));
        merged.values().removeIf(Objects::isNull);
        return merged;
    }

    private static String expandHome(String path, String home) {
        if (home != null && (path.equals("~") || path.startsWith("~/"))) {
            return home + path.substring(1);
        }
        return path;
    }

    private static String token(Map<String, String> merged) throws HookException {
        try {
            return Credentials.token(merged, null);
        } catch (Credentials.CredentialsException e) {
            throw HookException.invalid(e.getMessage());
        }
    }

    private static URI apiUrl(String value) throws HookException {
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // Reported below with the expected form.
        }
        throw HookException.invalid("invalid " + API_URL + " '" + value + "'; use an http or"
                + " https URL such as https://njal.la/api/1/");
    }

    private static int ttl(String value) throws HookException {
        if (value == null) {
            return DEFAULT_TTL;
        }
        try {
            int ttl = Integer.parseInt(value);
            if (RecordRules.VALID_TTLS.contains(ttl)) {
                return ttl;
            }
        } catch (NumberFormatException e) {
            // Reported below with the accepted values.
        }
        throw HookException.invalid("invalid " + TTL + " '" + value + "'; use one of "
                + RecordRules.VALID_TTLS + " (seconds)");
    }

    /**
     * Parses a duration setting in the forms the {@code njalla} command accepts (see
     * {@link DurationSyntax}); a bare number means seconds.
     *
     * @throws HookException unless the value is above zero and at most 24 hours
     */
    static Duration duration(String key, String value, Duration fallback) throws HookException {
        if (value == null) {
            return fallback;
        }
        Optional<Duration> duration = DurationSyntax.parse(value)
                .filter(DurationSyntax::isPositiveUpToMax);
        if (duration.isEmpty()) {
            throw HookException.invalid("invalid " + key + " '" + value + "'; use a duration"
                    + " above zero and at most 24h: " + DurationSyntax.FORMS);
        }
        return duration.get();
    }

    private static List<String> zones(String value) throws HookException {
        List<String> zones = new ArrayList<>();
        if (value == null) {
            return zones;
        }
        for (String part : value.split(",")) {
            String zone = part.strip().toLowerCase(Locale.ROOT);
            zone = zone.endsWith(".") ? zone.substring(0, zone.length() - 1) : zone;
            if (zone.isEmpty() || zone.startsWith(".") || zone.contains("..")
                    || zone.contains(" ") || zone.startsWith("*")) {
                throw HookException.invalid("invalid " + ZONE + " '" + value + "'; use zone"
                        + " names separated by commas, such as example.com");
            }
            zones.add(zone);
        }
        return zones;
    }

    @Override
    public String toString() {
        return "HookSettings{apiUrl=" + apiUrl + ", token=(redacted), ttl=" + ttl
                + ", propagationTimeout=" + propagationTimeout + ", propagationInterval="
                + propagationInterval + ", nameservers=" + nameservers + ", zones=" + zones
                + ", stateDir=" + stateDir + "}";
    }
}

package org.njalla4j.hook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The environment variables that certbot passes to a manual DNS-01 hook. certbot runs
 * one auth process per challenge, all of them before it responds to any challenge, then
 * one cleanup process per challenge with the same variables plus
 * {@code CERTBOT_AUTH_OUTPUT}.
 *
 * @param domain {@code CERTBOT_DOMAIN}; for {@code *.example.com} certbot passes
 *     {@code example.com}
 * @param validation {@code CERTBOT_VALIDATION}, the TXT value
 * @param remaining {@code CERTBOT_REMAINING_CHALLENGES}, challenges after this one
 * @param allDomains {@code CERTBOT_ALL_DOMAINS}, one comma-separated entry per challenge
 * @param authOutput {@code CERTBOT_AUTH_OUTPUT}, what the auth call printed; empty for
 *     auth calls
 */
record CertbotRequest(
        String domain,
        String validation,
        int remaining,
        String allDomains,
        String authOutput) {

    /** Matches the names of the state files of every certbot run, see {@link #stateName}. */
    static final String STATE_GLOB = "certbot-*.json";

    /**
     * Reads the certbot variables.
     *
     * @throws HookException with exit code 2 naming the variable that is missing or
     *     invalid
     */
    static CertbotRequest fromEnv(Map<String, String> env, String hookOption)
            throws HookException {
        String domain = required(env, "CERTBOT_DOMAIN", hookOption);
        String validation = required(env, "CERTBOT_VALIDATION", hookOption);
        String remainingText = required(env, "CERTBOT_REMAINING_CHALLENGES", hookOption);
        String allDomains = ConfigFile.nonBlank(env.get("CERTBOT_ALL_DOMAINS"));
        int remaining;
        try {
            remaining = Integer.parseInt(remainingText);
        } catch (NumberFormatException e) {
            remaining = -1;
        }
        if (remaining < 0) {
            throw HookException.invalid("invalid CERTBOT_REMAINING_CHALLENGES '" + remainingText
                    + "'; run this hook from certbot " + hookOption);
        }
        ChallengeRun.Challenge.checked(domain, "CERTBOT_DOMAIN", validation,
                "CERTBOT_VALIDATION");
        String authOutput = env.getOrDefault("CERTBOT_AUTH_OUTPUT", "").strip();
        return new CertbotRequest(domain, validation, remaining,
                allDomains == null ? domain : allDomains, authOutput);
    }

    private static String required(Map<String, String> env, String name, String hookOption)
            throws HookException {
        String value = ConfigFile.nonBlank(env.get(name));
        if (value == null) {
            throw HookException.invalid(name + " is not set; run this hook from certbot "
                    + hookOption + " with --preferred-challenges dns");
        }
        return value;
    }

    /** Returns the number of challenges, one per entry of {@code CERTBOT_ALL_DOMAINS}. */
    int challengeCount() {
        return allDomains.split(",").length;
    }

    /** Returns whether this is the run's first challenge. */
    boolean isFirst() {
        return remaining == challengeCount() - 1;
    }

    /** Returns whether this is the run's last challenge. */
    boolean isLast() {
        return remaining == 0;
    }

    /**
     * Returns the name of the state file the calls of one run share. It is derived from
     * {@code CERTBOT_ALL_DOMAINS}, which is the same for every call of a run. The file
     * and its lock file stay after the run, and the next run for the same names reuses
     * them. The first challenge of any certbot run removes the records of other state
     * files' entries older than {@link ChallengeRun#ABANDONED_AFTER}.
     *
     * <p>NOTE: two certbot runs for the same names at the same time share one state
     * file, so the first challenge of the later run removes the records of the other.
     */
    String stateName() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest(allDomains.getBytes(StandardCharsets.UTF_8));
            return "certbot-" + HexFormat.of().formatHex(digest, 0, 12) + ".json";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}

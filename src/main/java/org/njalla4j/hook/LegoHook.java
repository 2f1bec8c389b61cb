package org.njalla4j.hook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.njalla4j.dns01.ChallengeRecord;
import org.njalla4j.dns01.DomainNames;

/**
 * lego's exec DNS provider: {@code present FQDN VALUE} and {@code cleanup FQDN VALUE},
 * where FQDN is the challenge name with a trailing dot. With {@code EXEC_MODE=RAW} lego
 * passes {@code present -- DOMAIN TOKEN KEY_AUTHORIZATION} instead, and the TXT value is
 * computed here. {@code present} returns once the record is served, so lego runs with
 * {@code --dns.disable-cp}.
 */
public final class LegoHook {

    static final String STATE_NAME = "lego.json";

    private LegoHook() {
    }

    /**
     * Runs one exec call: {@code args[0]} is {@code present} or {@code cleanup}.
     *
     * @throws HookException with the one line to print; a failed present leaves no record
     */
    public static void run(List<String> args, Map<String, String> env) throws HookException {
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(env, "env");
        if (args.isEmpty()) {
            throw usage("missing command");
        }
        String command = args.get(0);
        if (!command.equals("present") && !command.equals("cleanup")) {
            throw usage("unknown command '" + command + "'");
        }
        ChallengeRun.Challenge challenge = challenge(args.subList(1, args.size()), env);
        HookSettings settings = HookSettings.load(env);
        try (HookSession session = HookSession.open(settings, STATE_NAME)) {
            ChallengeRun run = new ChallengeRun(session);
            if (command.equals("present")) {
                present(session, run, challenge);
            } else {
                run.removePublished(challenge.identifier(), challenge.value());
            }
        }
    }

    private static void present(HookSession session, ChallengeRun run,
            ChallengeRun.Challenge challenge) throws HookException {
        try (InterruptCleanup interrupt = InterruptCleanup.install(session, "lego present")) {
            run.removeAbandoned(Instant.now());
            List<ChallengeRecord> published = run.publishAll(List.of(challenge));
            run.awaitOrRollback(published, published);
            interrupt.handOver();
        }
    }

    private static ChallengeRun.Challenge challenge(List<String> args, Map<String, String> env)
            throws HookException {
        List<String> rest = !args.isEmpty() && args.get(0).equals("--")
                ? args.subList(1, args.size()) : args;
        boolean raw = "RAW".equalsIgnoreCase(ConfigFile.nonBlank(env.get("EXEC_MODE")));
        if (raw) {
            if (rest.size() != 3) {
                throw usage("EXEC_MODE=RAW expects -- DOMAIN TOKEN KEY_AUTHORIZATION");
            }
            return ChallengeRun.Challenge.checked(rest.get(0), "DOMAIN",
                    dns01Value(rest.get(2)), "KEY_AUTHORIZATION digest");
        }
        if (rest.size() != 2) {
            throw usage("expected FQDN VALUE");
        }
        return ChallengeRun.Challenge.checked(identifierOf(rest.get(0)), "FQDN", rest.get(1),
                "VALUE");
    }

    /**
     * Returns the identifier of a challenge name: the name without its trailing dot and
     * without the {@code _acme-challenge.} label.
     */
    static String identifierOf(String fqdn) throws HookException {
        String name = fqdn.endsWith(".") ? fqdn.substring(0, fqdn.length() - 1) : fqdn;
        String prefix = DomainNames.CHALLENGE_LABEL + ".";
        if (name.length() <= prefix.length() || !name.regionMatches(true, 0, prefix, 0,
                prefix.length())) {
            // lego follows a CNAME at the challenge name itself and then passes the target.
            throw usage("FQDN '" + fqdn + "' does not start with " + prefix + "; if lego"
                    + " followed a CNAME to it, set LEGO_DISABLE_CNAME_SUPPORT=true so that"
                    + " the hook follows the CNAME and finds the target's zone itself");
        }
        return name.substring(prefix.length());
    }

    /**
     * Computes the DNS-01 TXT value of a key authorization: base64url without padding of its
     * SHA-256 digest (RFC 8555 section 8.4).
     */
    static String dns01Value(String keyAuthorization) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(keyAuthorization.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static HookException usage(String problem) {
        return HookException.invalid("lego exec hook: " + problem + "; lego calls it as"
                + " 'present|cleanup FQDN VALUE' (or 'present|cleanup -- DOMAIN TOKEN KEY_AUTH'"
                + " with EXEC_MODE=RAW)");
    }
}

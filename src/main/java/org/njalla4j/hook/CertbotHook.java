package org.njalla4j.hook;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.njalla4j.client.DnsRecord;
import org.njalla4j.client.NjallaException;
import org.njalla4j.dns01.ChallengeRecord;
import org.njalla4j.dns01.Dns01Exception;
import org.njalla4j.dns01.DomainNames;
import org.njalla4j.dns01.Journal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * certbot's {@code --manual-auth-hook} and {@code --manual-cleanup-hook} for DNS-01.
 *
 * <p>Auth adds one TXT record and prints {@code ZONE ID}, which certbot hands to the
 * cleanup call. The auth calls of one run share a journal in the state directory; the
 * last one ({@code CERTBOT_REMAINING_CHALLENGES=0}) waits once until every record of the
 * run is served, and removes them all when that times out. Cleanup removes exactly the
 * record its auth call added.
 */
public final class CertbotHook {

    private static final Logger LOG = LoggerFactory.getLogger(CertbotHook.class);

    static final String AUTH_OPTION = "--manual-auth-hook";
    static final String CLEANUP_OPTION = "--manual-cleanup-hook";

    private CertbotHook() {
    }

    /**
     * Runs the auth hook: adds the record of {@code CERTBOT_DOMAIN} and prints
     * {@code ZONE ID} on {@code out}. Blocks on the last challenge until every record of
     * the run is served or the propagation timeout passes.
     *
     * @throws HookException with the one line to print; nothing this call added is left.
     *     A shutdown hook also removes it when SIGINT or SIGTERM stops the process first.
     */
    public static void auth(Map<String, String> env, PrintWriter out) throws HookException {
        Objects.requireNonNull(out, "out");
        CertbotRequest request = CertbotRequest.fromEnv(env, AUTH_OPTION);
        HookSettings settings = HookSettings.load(env);
        try (HookSession session = HookSession.open(settings, request.stateName());
                InterruptCleanup interrupt = InterruptCleanup.install(session, "certbot-auth")) {
            ChallengeRun run = new ChallengeRun(session);
            if (request.isFirst()) {
                run.removeEarlierRuns();
                session.removeAbandonedInOtherFiles(CertbotRequest.STATE_GLOB);
            }
            ChallengeRun.Challenge challenge =
                    new ChallengeRun.Challenge(request.domain(), request.validation());
            ChallengeRecord record = run.publishAll(List.of(challenge)).get(0);
            if (request.isLast()) {
                awaitRun(run);
            }
            interrupt.handOver();
            out.println(record.zone() + " " + record.id());
            out.flush();
        }
    }

    private static void awaitRun(ChallengeRun run) throws HookException {
        try {
            run.awaitOrRollback(run.records(), List.of());
        } catch (HookException e) {
            throw run.rollbackAll(e);
        }
    }

    /**
     * Runs the cleanup hook: removes the record that the matching auth call added, by
     * the id in {@code CERTBOT_AUTH_OUTPUT}, else by name and value. Succeeds when the
     * record is already gone. Removes only a record the journal lists, or else a TXT
     * record with the challenge name of {@code CERTBOT_DOMAIN} and the content
     * {@code CERTBOT_VALIDATION}.
     *
     * @throws HookException with the one line to print
     */
    public static void cleanup(Map<String, String> env) throws HookException {
        CertbotRequest request = CertbotRequest.fromEnv(env, CLEANUP_OPTION);
        HookSettings settings = HookSettings.load(env);
        Optional<AuthOutput> output = AuthOutput.parse(request.authOutput());
        try (HookSession session = HookSession.open(settings, request.stateName())) {
            ChallengeRun run = new ChallengeRun(session);
            Optional<ChallengeRecord> entry = output.flatMap(o -> run.findById(o.zone(), o.id()))
                    .filter(found -> found.value().equals(request.validation()))
                    .or(() -> run.find(request.domain(), request.validation()));
            if (entry.isPresent()) {
                run.remove(entry.get());
            } else if (output.isPresent()) {
                removeOutsideJournal(session, output.get(), request);
            }
        }
    }

    /**
     * Removes the record named in the auth output when the journal no longer lists it,
     * for example after the state directory was cleared. The auth output is only a hint,
     * because anything may set {@code CERTBOT_AUTH_OUTPUT}: a record is removed only if
     * it is a TXT record whose content is {@code CERTBOT_VALIDATION} and whose name is the
     * challenge name of {@code CERTBOT_DOMAIN} in that zone, or the CNAME target that name
     * points to. Without such a record by id, the record with that name and content is
     * removed if one exists.
     *
     * @throws HookException with exit code 2 when the id names a record that is not a
     *     challenge record of {@code CERTBOT_DOMAIN}; nothing is removed then
     */
    private static void removeOutsideJournal(HookSession session, AuthOutput output,
            CertbotRequest request) throws HookException {
        String zone = output.zone();
        List<String> names = challengeNames(session, request, zone);
        List<DnsRecord> records;
        try {
            records = session.client().records().list(zone);
        } catch (NjallaException | RuntimeException e) {
            throw HookFailures.wrap("listing the records of " + zone + " failed", e);
        }
        Optional<DnsRecord> byId = records.stream()
                .filter(r -> r.id().equals(output.id())).findFirst();
        if (byId.isPresent() && !isChallenge(byId.get(), request, names)) {
            throw HookException.invalid("not removing record " + byId.get().name() + " in "
                    + zone + " (id " + output.id() + "): it is not a TXT record named "
                    + String.join(" or ", names) + " with the value of CERTBOT_VALIDATION;"
                    + " check CERTBOT_AUTH_OUTPUT");
        }
        Optional<DnsRecord> match = byId.or(() -> records.stream()
                .filter(r -> isChallenge(r, request, names)).findFirst());
        if (match.isEmpty()) {
            return;
        }
        // Saved in the journal first, so that the removal retries like any other, and a
        // failed one stays listed for the next run.
        DnsRecord found = match.get();
        try {
            session.journal().put(new Journal.Entry("certbot-cleanup", request.domain(), zone,
                    found.name(), request.validation(), found.id(), Instant.now(),
                    Journal.State.ADDED));
        } catch (Dns01Exception e) {
            throw HookFailures.wrap("saving the TXT record for " + request.domain()
                    + " in the state file failed", e);
        }
        String fqdn = found.name() + "." + zone;
        new ChallengeRun(session).remove(new ChallengeRecord(request.domain(), fqdn, zone,
                found.name(), request.validation(), found.id()));
    }

    /**
     * Returns the names, relative to {@code zone}, that a challenge record of the request
     * may have: {@code _acme-challenge} plus the domain, and the CNAME target of that name
     * if it lies in {@code zone}.
     */
    private static List<String> challengeNames(HookSession session, CertbotRequest request,
            String zone) {
        List<String> names = new ArrayList<>();
        names.add(expectedName(request.domain(), zone));
        try {
            ChallengeRecord target = session.publisher().locate(request.domain(),
                    request.validation());
            boolean sameZone = ChallengeRun.normalize(target.zone())
                    .equals(ChallengeRun.normalize(zone));
            if (sameZone && !names.contains(target.name())) {
                names.add(target.name());
            }
        } catch (Dns01Exception | RuntimeException e) {
            LOG.debug("cannot follow the challenge name of {}: {}", request.domain(),
                    e.getMessage());
        }
        return names;
    }

    private static boolean isChallenge(DnsRecord record, CertbotRequest request,
            List<String> names) {
        return "TXT".equalsIgnoreCase(record.type()) && record.hasContent(request.validation())
                && names.stream().anyMatch(record::hasName);
    }

    /** Returns the challenge name of {@code domain} relative to {@code zone}. */
    static String expectedName(String domain, String zone) {
        String name = ChallengeRun.normalize(domain);
        String apex = ChallengeRun.normalize(zone);
        if (name.startsWith("*.")) {
            name = name.substring(2);
        }
        if (name.equals(apex)) {
            return DomainNames.CHALLENGE_LABEL;
        }
        if (name.endsWith("." + apex)) {
            String relative = name.substring(0, name.length() - apex.length() - 1);
            return DomainNames.CHALLENGE_LABEL + "." + relative;
        }
        return DomainNames.CHALLENGE_LABEL + "." + name;
    }

    /** The {@code ZONE ID} line an auth call prints. */
    record AuthOutput(String zone, String id) {

        static Optional<AuthOutput> parse(String text) {
            String[] parts = text.strip().split("\\s+");
            if (parts.length != 2 || parts[0].isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new AuthOutput(parts[0], parts[1]));
        }
    }
}

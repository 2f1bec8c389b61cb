package org.njalla4j.hook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.njalla4j.dns01.ChallengeRecord;

/**
 * dehydrated's hook for DNS-01: {@code deploy_challenge} and {@code clean_challenge}
 * with {@code DOMAIN TOKEN_FILENAME TOKEN_VALUE}, repeated once per challenge when
 * dehydrated runs with {@code HOOK_CHAIN=yes}. Deploy adds every record, then waits once
 * until all of them are served. Every other hook name is accepted and ignored, because
 * dehydrated calls the hook with names of its own and first probes it with an unknown
 * one.
 */
public final class DehydratedHook {

    static final String STATE_NAME = "dehydrated.json";

    private DehydratedHook() {
    }

    /**
     * Runs one hook call: {@code args[0]} is the hook name, the rest its arguments.
     *
     * @throws HookException with the one line to print; a failed deploy leaves none of
     *     its records behind
     */
    public static void run(List<String> args, Map<String, String> env) throws HookException {
        Objects.requireNonNull(args, "args");
        if (args.isEmpty()) {
            throw HookException.invalid("missing hook name; set HOOK=... in dehydrated's"
                    + " config so that dehydrated passes it");
        }
        String hook = args.get(0);
        if (!hook.equals("deploy_challenge") && !hook.equals("clean_challenge")) {
            return;
        }
        List<ChallengeRun.Challenge> challenges = challenges(hook, args.subList(1, args.size()));
        HookSettings settings = HookSettings.load(env);
        try (HookSession session = HookSession.open(settings, STATE_NAME)) {
            ChallengeRun run = new ChallengeRun(session);
            if (hook.equals("deploy_challenge")) {
                try (InterruptCleanup interrupt = InterruptCleanup.install(session,
                        "dehydrated deploy_challenge")) {
                    deploy(run, challenges);
                    interrupt.handOver();
                }
            } else {
                for (ChallengeRun.Challenge challenge : challenges) {
                    run.removePublished(challenge.identifier(), challenge.value());
                }
            }
        }
    }

    private static void deploy(ChallengeRun run, List<ChallengeRun.Challenge> challenges)
            throws HookException {
        run.removeAbandoned(Instant.now());
        List<ChallengeRecord> published = run.publishAll(challenges);
        run.awaitOrRollback(published, published);
    }

    private static List<ChallengeRun.Challenge> challenges(String hook, List<String> args)
            throws HookException {
        if (args.isEmpty() || args.size() % 3 != 0) {
            throw HookException.invalid(hook + " takes DOMAIN TOKEN_FILENAME TOKEN_VALUE"
                    + " (repeated with HOOK_CHAIN=yes), got " + args.size() + " argument(s);"
                    + " check the dehydrated version");
        }
        List<ChallengeRun.Challenge> challenges = new ArrayList<>();
        for (int i = 0; i < args.size(); i += 3) {
            challenges.add(ChallengeRun.Challenge.checked(args.get(i), "DOMAIN",
                    args.get(i + 2), "TOKEN_VALUE"));
        }
        return challenges;
    }
}

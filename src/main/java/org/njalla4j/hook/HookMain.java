package org.njalla4j.hook;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.njalla4j.dns.DnsjavaSettings;

/**
 * Entry point of the hooks: {@code certbot-auth}, {@code certbot-cleanup},
 * {@code dehydrated HOOK ARGS...} and {@code lego COMMAND ARGS...}. The {@code njalla}
 * script starts this class directly for {@code njalla hook ...}, so that a hook call loads
 * no command-line parser and no ACME classes; {@code njalla hook} inside the full command
 * delegates here too.
 */
public final class HookMain {

    static final String USAGE = "usage: njalla hook certbot-auth | certbot-cleanup"
            + " | dehydrated HOOK ARGS... | lego present|cleanup FQDN VALUE";

    static final String HELP = String.join(System.lineSeparator(),
            USAGE,
            "  certbot-auth       certbot --manual-auth-hook (reads CERTBOT_*)",
            "  certbot-cleanup    certbot --manual-cleanup-hook",
            "  dehydrated HOOK ARGS...   dehydrated HOOK script (HOOK_CHAIN=yes works)",
            "  lego present|cleanup FQDN VALUE   lego exec provider (EXEC_MODE=RAW too)",
            "Settings, from the environment or KEY=VALUE lines in $NJALLA_CONFIG",
            "(default ~/.config/njalla4j/hook.conf, mode 600 if it holds the token):",
            "  NJALLA_TOKEN_FILE (a mode 600 file) or NJALLA_TOKEN   the API token",
            "  NJALLA_API_URL              API endpoint (default https://njal.la/api/1/)",
            "  NJALLA_TTL                  TXT record TTL in seconds (default 60)",
            "  NJALLA_PROPAGATION_TIMEOUT  time to wait until served: 300, 300s, 5m, PT5M"
                    + " (default 300s)",
            "  NJALLA_PROPAGATION_INTERVAL pause between checks: 2, 2s, 500ms (default 2s)",
            "  NJALLA_NAMESERVER           host:port,... to check instead of the zone's",
            "  NJALLA_ZONE                 zone(s) to use instead of finding them",
            "  NJALLA_STATE_DIR            state files (default ~/.local/state/njalla4j)");

    private HookMain() {
    }

    public static void main(String[] args) {
        DnsjavaSettings.skipShutdownHook();
        quietLogging(System.getenv());
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(List.of(args), System.getenv(), out, err));
    }

    /**
     * Runs one hook call and returns its exit code: 0 on success, 1 when the API
     * returned an error, 2 for invalid usage or settings, 3 for a network failure or a
     * timeout. Failures print one line on {@code err}.
     */
    public static int run(List<String> args, Map<String, String> env, PrintWriter out,
            PrintWriter err) {
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(env, "env");
        if (args.isEmpty()) {
            err.println("njalla hook: missing hook; " + USAGE);
            return HookException.INVALID_INPUT;
        }
        String hook = args.get(0);
        if (List.of("-h", "--help", "help").contains(hook)) {
            out.println(HELP);
            out.flush();
            return 0;
        }
        List<String> rest = args.subList(1, args.size());
        try {
            dispatch(hook, rest, env, out);
            return 0;
        } catch (HookException e) {
            err.println("njalla hook " + hook + ": " + e.getMessage());
            return e.exitCode();
        } catch (RuntimeException e) {
            err.println("njalla hook " + hook + ": unexpected failure: "
                    + HookFailures.oneLine(String.valueOf(e)) + "; please report it");
            return HookException.API_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static void dispatch(String hook, List<String> rest, Map<String, String> env,
            PrintWriter out) throws HookException {
        switch (hook) {
            case "certbot-auth" -> {
                noArguments(hook, rest);
                CertbotHook.auth(env, out);
            }
            case "certbot-cleanup" -> {
                noArguments(hook, rest);
                CertbotHook.cleanup(env);
            }
            case "dehydrated" -> DehydratedHook.run(rest, env);
            case "lego" -> LegoHook.run(rest, env);
            default -> throw HookException.invalid("unknown hook '" + hook + "'; " + USAGE);
        }
    }

    /**
     * Limits the log to warnings, because certbot and dehydrated show a hook's stderr
     * and a hook reports its outcome in one line; {@code NJALLA_DEBUG=1} logs everything.
     */
    private static void quietLogging(Map<String, String> env) {
        String debug = env.get("NJALLA_DEBUG");
        boolean verbose = debug != null && !debug.isBlank() && !debug.equals("0")
                && !debug.equalsIgnoreCase("false");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "debug" : "warn");
    }

    private static void noArguments(String hook, List<String> rest) throws HookException {
        if (!rest.isEmpty()) {
            throw HookException.invalid("takes no arguments, certbot passes everything in"
                    + " CERTBOT_* variables; use --manual-"
                    + (hook.equals("certbot-auth") ? "auth" : "cleanup") + "-hook " + hook);
        }
    }
}

package org.njalla4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.njalla4j.hook.HookMain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code njalla hook}: the DNS-01 hooks for certbot, dehydrated and lego. Every argument
 * goes to {@link HookMain} unparsed, because challenge values may start with a dash.
 */
@Command(name = "hook",
        description = {
            "DNS-01 hooks for certbot, dehydrated and lego.",
            "  certbot-auth       certbot --manual-auth-hook (reads CERTBOT_*)",
            "  certbot-cleanup    certbot --manual-cleanup-hook",
            "  dehydrated HOOK ARGS...   dehydrated HOOK= script (HOOK_CHAIN=yes supported)",
            "  lego present|cleanup FQDN VALUE   lego exec provider (EXEC_MODE=RAW too)",
            "Settings: NJALLA_TOKEN_FILE or NJALLA_TOKEN, NJALLA_API_URL, NJALLA_TTL,",
            "NJALLA_PROPAGATION_TIMEOUT, NJALLA_PROPAGATION_INTERVAL (seconds),",
            "NJALLA_NAMESERVER (host:port,...), NJALLA_ZONE, NJALLA_STATE_DIR, in the",
            "environment or in $NJALLA_CONFIG (default ~/.config/njalla4j/hook.conf)."
        })
public final class HookCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Unmatched
    private List<String> arguments = new ArrayList<>();

    @Override
    public Integer call() {
        CliContext context = CliContext.of(spec);
        return HookMain.run(arguments, context.env(), context.out(), context.err());
    }
}

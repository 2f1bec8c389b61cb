package org.njalla4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code njalla cert}: certificates from an ACME CA by DNS-01 through the Njalla API. */
@Command(name = "cert", mixinStandardHelpOptions = true,
        description = "Issue, renew, revoke and show certificates; DNS-01 challenges are"
                + " answered with TXT records placed through the Njalla API.",
        subcommands = {CertIssueCommand.class, CertRenewCommand.class,
            CertRevokeCommand.class, CertShowCommand.class, CommandLine.HelpCommand.class},
        footer = ExitCodes.FOOTER)
final class CertCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}

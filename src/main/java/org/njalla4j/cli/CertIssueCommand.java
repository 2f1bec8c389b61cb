package org.njalla4j.cli;

import java.util.concurrent.Callable;
import org.njalla4j.acme.IssueRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code njalla cert issue}: obtains a certificate and stores it in {@code --out}. */
@Command(name = "issue", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Obtain a certificate for the -d names by DNS-01 and write cert.pem,"
                + " chain.pem, fullchain.pem and privkey.pem into --out.",
        footer = ExitCodes.FOOTER)
final class CertIssueCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CertOrderOptions order;

    @Mixin
    private CertAccountOptions account;

    @Mixin
    private ApiOptions api;

    @Override
    public Integer call() throws Exception {
        CliContext context = CliContext.of(spec);
        IssueRequest request = CertSupport.request(context, api, account, order,
                order.domains, null);
        CertSupport.issueAndStore(context, request, order);
        return ExitCodes.OK;
    }
}

package org.njalla4j.cli;

import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.njalla4j.acme.CertificateDetails;
import org.njalla4j.acme.CertificateFiles;
import org.njalla4j.acme.CertificateIssuer;
import org.njalla4j.acme.IssueException;
import org.njalla4j.acme.IssueRequest;
import org.njalla4j.acme.RenewalDecision;
import org.njalla4j.acme.RenewalPlanner;
import org.njalla4j.acme.RenewalWindow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code njalla cert renew}: renews the certificate in {@code --out} when the CA's renewal
 * window has begun, or when less than a third of its lifetime remains.
 */
@Command(name = "renew", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Renew the certificate in --out when it is due (the CA's renewal"
                + " window, else a third of its lifetime left), for its names unless -d"
                + " is given.",
        footer = ExitCodes.FOOTER)
final class CertRenewCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--force", description = "Renew even if renewal is not due.")
    private boolean force;

    @Mixin
    private CertOrderOptions order;

    @Mixin
    private CertAccountOptions account;

    @Mixin
    private ApiOptions api;

    @Override
    public Integer call() throws Exception {
        CliContext context = CliContext.of(spec);
        CertificateFiles files = new CertificateFiles(order.out, Clock.systemUTC());
        if (!files.exists()) {
            throw new IllegalArgumentException("no certificate in --out '" + order.out
                    + "': run 'njalla cert issue' first");
        }
        X509Certificate current = files.readCertificate();
        List<String> names = order.domains.isEmpty()
                ? CertificateDetails.of(current).names() : order.domains;
        IssueRequest request = CertSupport.request(context, api, account, order, names, current);
        if (!force) {
            RenewalDecision decision = decide(request, current);
            if (!decision.renewNow()) {
                context.out().println("Not renewed: " + decision.reason());
                return ExitCodes.OK;
            }
        }
        CertSupport.issueAndStore(context, request, order);
        return ExitCodes.OK;
    }

    private static RenewalDecision decide(IssueRequest request, X509Certificate current)
            throws CertCommandException {
        try {
            Optional<RenewalWindow> window =
                    new CertificateIssuer().renewalWindow(request.account(), current);
            return new RenewalPlanner(Clock.systemUTC(), new SecureRandom())
                    .decide(current, window);
        } catch (IssueException e) {
            throw CertCommandException.of(e);
        }
    }
}

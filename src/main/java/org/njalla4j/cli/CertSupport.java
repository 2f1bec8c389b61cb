package org.njalla4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import org.njalla4j.acme.AcmeAccountSettings;
import org.njalla4j.acme.AcmeTokenStore;
import org.njalla4j.acme.CertificateDetails;
import org.njalla4j.acme.CertificateFiles;
import org.njalla4j.acme.CertificateIssuer;
import org.njalla4j.acme.IssueException;
import org.njalla4j.acme.IssueRequest;
import org.njalla4j.acme.IssuedCertificate;
import org.njalla4j.acme.NjallaAccess;
import org.njalla4j.client.Credentials.CredentialsException;
import org.njalla4j.client.NjallaClient;

/** Steps shared by {@code cert issue} and {@code cert renew}. */
final class CertSupport {

    private CertSupport() {
    }

    /**
     * Checks every option and builds the request without sending anything.
     *
     * @throws IllegalArgumentException naming the invalid value and the fix
     */
    static IssueRequest request(CliContext context, ApiOptions api, CertAccountOptions account,
            CertOrderOptions order, List<String> names, X509Certificate replaces)
            throws CredentialsException, IOException {
        order.validate(names);
        AcmeAccountSettings settings = account.settings(context.env());
        CertAccountOptions.checkWritableDirectory(order.out, "--out");
        CertAccountOptions.checkWritableDirectory(settings.stateDir(), "--state-dir");
        NjallaAccess access = new NjallaAccess(client(api, settings), order.allowedDomains,
                order.from, NjallaAccess.localHostName());
        IssueRequest.Builder builder = IssueRequest.builder()
                .server(settings.server())
                .email(settings.email())
                .agreeToTos(settings.agreeToTos())
                .caCertFile(settings.caCertFile())
                .stateDir(settings.stateDir())
                .replaces(replaces);
        if (settings.hasExternalAccountBinding()) {
            builder.externalAccountBinding(settings.eabKeyId(), settings.eabHmacKey());
        }
        return order.apply(builder, names, access).build();
    }

    /** Once an ACME token is stored, the full-access token is no longer needed. */
    private static NjallaClient client(ApiOptions api, AcmeAccountSettings settings)
            throws CredentialsException {
        AcmeTokenStore tokens = new AcmeTokenStore(settings.stateDir(), Clock.systemUTC());
        return tokens.hasStoredToken(api.apiUrl()) ? api.clientWithOptionalToken()
                : api.client();
    }

    /** Issues the certificate, stores it in {@code --out} and prints the summary. */
    static void issueAndStore(CliContext context, IssueRequest request, CertOrderOptions order)
            throws CertCommandException, IOException {
        IssuedCertificate issued;
        try {
            issued = new CertificateIssuer().issue(request);
        } catch (IssueException e) {
            throw CertCommandException.of(e);
        }
        CertificateFiles files = new CertificateFiles(order.out, Clock.systemUTC());
        files.write(issued);
        printSummary(context.out(), issued, files);
        for (String warning : issued.warnings()) {
            context.err().println("warning: " + warning);
        }
    }

    static void printSummary(PrintWriter out, IssuedCertificate issued, CertificateFiles files) {
        CertificateDetails details = CertificateDetails.of(issued.certificate());
        out.println("Certificate issued");
        out.println("  subject:   " + details.subject());
        out.println("  names:     " + String.join(", ", details.names()));
        out.println("  expires:   " + details.notAfter());
        for (String name : CertificateFiles.NAMES) {
            String label = name.substring(0, name.indexOf('.')) + ":";
            out.printf("  %-10s %s%n", label, files.file(name));
        }
    }
}

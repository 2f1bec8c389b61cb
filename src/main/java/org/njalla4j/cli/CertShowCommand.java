package org.njalla4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.Callable;
import org.njalla4j.acme.CertificateDetails;
import org.njalla4j.acme.PemFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code njalla cert show}: prints what a certificate file holds. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print subject, names, issuer, validity, serial and key type of the"
                + " first certificate in a PEM file.",
        footer = ExitCodes.FOOTER)
final class CertShowCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "PEM certificate file, such as cert.pem.")
    private Path file;

    @Override
    public Integer call() throws Exception {
        List<X509Certificate> certs = PemFiles.readCertificates(file);
        print(CliContext.of(spec).out(), CertificateDetails.of(certs.get(0)), certs.size());
        return ExitCodes.OK;
    }

    static void print(PrintWriter out, CertificateDetails details, int chainLength) {
        out.println("subject:    " + details.subject());
        out.println("names:      " + String.join(", ", details.names()));
        out.println("issuer:     " + details.issuer());
        out.println("not before: " + details.notBefore());
        out.println("not after:  " + details.notAfter());
        out.println("serial:     " + details.serial());
        out.println("key type:   " + details.keyType());
        if (chainLength > 1) {
            out.println("chain:      " + (chainLength - 1) + " more certificate(s) in the file");
        }
    }
}

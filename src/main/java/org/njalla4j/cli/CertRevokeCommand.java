package org.njalla4j.cli;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.njalla4j.acme.AcmeAccountSettings;
import org.njalla4j.acme.CertificateIssuer;
import org.njalla4j.acme.IssueException;
import org.njalla4j.acme.PemFiles;
import org.shredzone.acme4j.RevocationReason;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code njalla cert revoke}: revokes a certificate with its account or its own key. */
@Command(name = "revoke", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Revoke a certificate, signed by the ACME account that ordered it or"
                + " by the certificate's own key (--key).",
        footer = ExitCodes.FOOTER)
final class CertRevokeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--cert", paramLabel = "FILE", required = true,
            description = "PEM file of the certificate to revoke, such as DIR/cert.pem.")
    private Path certFile;

    @Option(names = "--reason", paramLabel = "REASON", defaultValue = "unspecified",
            description = "RFC 5280 reason: unspecified, keyCompromise, affiliationChanged,"
                    + " superseded, cessationOfOperation, privilegeWithdrawn, ..."
                    + " (default: ${DEFAULT-VALUE}).")
    private String reason;

    @Option(names = "--key", paramLabel = "FILE",
            description = "The certificate's private key (PKCS#8 PEM, such as DIR/privkey.pem),"
                    + " to revoke without the account.")
    private Path keyFile;

    @Mixin
    private CertAccountOptions account;

    @Override
    public Integer call() throws Exception {
        CliContext context = CliContext.of(spec);
        RevocationReason parsedReason = parseReason(reason);
        X509Certificate cert = PemFiles.readCertificates(certFile).get(0);
        Optional<KeyPair> key = keyFile == null ? Optional.empty()
                : Optional.of(new KeyPair(cert.getPublicKey(), PemFiles.readPrivateKey(keyFile)));
        AcmeAccountSettings settings = account.settings(context.env());
        try {
            new CertificateIssuer().revoke(settings, cert, parsedReason, key);
        } catch (IssueException e) {
            throw CertCommandException.of(e);
        }
        context.out().println("Revoked certificate " + cert.getSerialNumber().toString(16)
                + " (" + reason + ")");
        return ExitCodes.OK;
    }

    /** Parses an RFC 5280 reason name, ignoring case, hyphens and underscores. */
    static RevocationReason parseReason(String value) {
        String requested = value.replaceAll("[-_]", "").toLowerCase(Locale.ROOT);
        for (RevocationReason candidate : RevocationReason.values()) {
            if (candidate.name().replace("_", "").toLowerCase(Locale.ROOT).equals(requested)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("invalid --reason '" + value + "': use one of "
                + Arrays.stream(RevocationReason.values()).map(CertRevokeCommand::camelCase)
                        .collect(Collectors.joining(", ")));
    }

    private static String camelCase(RevocationReason reason) {
        String[] words = reason.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }
}

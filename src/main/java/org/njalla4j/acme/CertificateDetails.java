package org.njalla4j.acme;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The facts {@code njalla cert show} prints about a certificate.
 *
 * @param subject the subject distinguished name
 * @param names the DNS names of the subject alternative name extension
 * @param issuer the issuer distinguished name
 * @param notBefore the start of the validity period
 * @param notAfter the end of the validity period
 * @param serial the serial number in lower-case hexadecimal
 * @param keyType the public key's algorithm and size, such as {@code EC P-256}
 */
public record CertificateDetails(String subject, List<String> names, String issuer,
        Instant notBefore, Instant notAfter, String serial, String keyType) {

    /** Subject alternative name type of a DNS name (RFC 5280 section 4.2.1.6). */
    private static final int DNS_NAME = 2;

    public CertificateDetails {
        names = List.copyOf(names);
    }

    /** Extracts the details of {@code cert}. */
    public static CertificateDetails of(X509Certificate cert) {
        Objects.requireNonNull(cert, "cert");
        return new CertificateDetails(
                cert.getSubjectX500Principal().getName(),
                dnsNames(cert),
                cert.getIssuerX500Principal().getName(),
                cert.getNotBefore().toInstant(),
                cert.getNotAfter().toInstant(),
                cert.getSerialNumber().toString(16),
                KeyType.describe(cert.getPublicKey()));
    }

    private static List<String> dnsNames(X509Certificate cert) {
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> entries = cert.getSubjectAlternativeNames();
            if (entries != null) {
                for (List<?> entry : entries) {
                    if (entry.size() >= 2 && Integer.valueOf(DNS_NAME).equals(entry.get(0))) {
                        names.add(String.valueOf(entry.get(1)));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // A certificate without a readable extension simply lists no names.
        }
        return names;
    }
}

package org.njalla4j.acme;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A certificate obtained from the CA with its private key.
 *
 * @param chain the leaf certificate first, then the issuers as the CA sent them
 * @param keyPair the certificate's key pair
 * @param domains the names ordered, wildcards included, in A-label form
 * @param warnings problems that did not stop issuance, such as a failed record removal
 */
public record IssuedCertificate(List<X509Certificate> chain, KeyPair keyPair,
        List<String> domains, List<String> warnings) {

    public IssuedCertificate {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("chain is empty");
        }
        Objects.requireNonNull(keyPair, "keyPair");
        domains = List.copyOf(domains);
        warnings = List.copyOf(warnings);
    }

    /** Returns the leaf certificate. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** Returns the issuer certificates, without the leaf. */
    public List<X509Certificate> issuers() {
        return chain.subList(1, chain.size());
    }

    /** Returns the end of the validity period. */
    public Instant notAfter() {
        return certificate().getNotAfter().toInstant();
    }

    /** Returns the start of the validity period. */
    public Instant notBefore() {
        return certificate().getNotBefore().toInstant();
    }

    /** Leaves the private key out. */
    @Override
    public String toString() {
        return "IssuedCertificate{subject=" + certificate().getSubjectX500Principal()
                + ", domains=" + domains + ", notAfter=" + notAfter() + "}";
    }
}

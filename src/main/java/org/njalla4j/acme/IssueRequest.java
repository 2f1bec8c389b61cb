package org.njalla4j.acme;

import java.net.URI;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.njalla4j.dns01.Dns01Settings;

/**
 * Everything {@link CertificateIssuer#issue} needs for one certificate. Build it with
 * {@link #builder()}; the domains, server, state directory and Njalla access are required.
 */
public final class IssueRequest {

    /** Default time allowed for validation and for finalization, each. */
    public static final Duration DEFAULT_ACME_TIMEOUT = Duration.ofMinutes(2);

    private final List<String> domains;
    private final AcmeAccountSettings account;
    private final NjallaAccess njalla;
    private final KeyType keyType;
    private final String preferredChain;
    private final Dns01Settings dns01;
    private final X509Certificate replaces;
    private final Duration acmeTimeout;
    private final boolean cleanupOnShutdown;

    private IssueRequest(Builder b) {
        domains = DomainNames.normalize(b.domains);
        account = new AcmeAccountSettings(Objects.requireNonNull(b.server, "server"),
                b.email, b.agreeToTos, b.eabKeyId, b.eabHmacKey, b.caCertFile,
                Objects.requireNonNull(b.stateDir, "stateDir"));
        njalla = Objects.requireNonNull(b.njalla, "njalla");
        keyType = b.keyType;
        preferredChain = b.preferredChain;
        dns01 = b.dns01;
        replaces = b.replaces;
        acmeTimeout = b.acmeTimeout;
        cleanupOnShutdown = b.cleanupOnShutdown;
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the names to certify, normalized by {@link DomainNames#normalize(List)}. */
    public List<String> domains() {
        return domains;
    }

    public AcmeAccountSettings account() {
        return account;
    }

    public NjallaAccess njalla() {
        return njalla;
    }

    public KeyType keyType() {
        return keyType;
    }

    /** Returns the issuer common name of the preferred alternate chain, if any. */
    public Optional<String> preferredChain() {
        return Optional.ofNullable(preferredChain);
    }

    public Dns01Settings dns01() {
        return dns01;
    }

    /** Returns the certificate this one replaces, sent as ARI {@code replaces}. */
    public Optional<X509Certificate> replaces() {
        return Optional.ofNullable(replaces);
    }

    public Duration acmeTimeout() {
        return acmeTimeout;
    }

    /** Returns whether a JVM shutdown hook removes the TXT records of an interrupted run. */
    public boolean cleanupOnShutdown() {
        return cleanupOnShutdown;
    }

    @Override
    public String toString() {
        return "IssueRequest{domains=" + domains + ", account=" + account + ", njalla="
                + njalla + ", keyType=" + keyType.id() + "}";
    }

    /** Builder for {@link IssueRequest}. */
    public static final class Builder {
        private List<String> domains = List.of();
        private URI server;
        private String email;
        private boolean agreeToTos;
        private String eabKeyId;
        private String eabHmacKey;
        private Path caCertFile;
        private Path stateDir;
        private NjallaAccess njalla;
        private KeyType keyType = KeyType.DEFAULT;
        private String preferredChain;
        private Dns01Settings dns01 = Dns01Settings.defaults();
        private X509Certificate replaces;
        private Duration acmeTimeout = DEFAULT_ACME_TIMEOUT;
        private boolean cleanupOnShutdown = true;

        private Builder() {
        }

        /** Sets the names, such as {@code example.com} and {@code *.example.com}. */
        public Builder domains(List<String> names) {
            domains = List.copyOf(names);
            return this;
        }

        /** Sets the ACME server: {@code letsencrypt}, {@code letsencrypt-staging} or a URL. */
        public Builder server(String server) {
            this.server = AcmeServers.resolve(server);
            return this;
        }

        /** Sets the ACME server as {@link AcmeServers#resolve} returns it. */
        public Builder server(URI server) {
            this.server = Objects.requireNonNull(server, "server");
            return this;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /** Records that the user agreed to the CA's terms of service. */
        public Builder agreeToTos(boolean agree) {
            agreeToTos = agree;
            return this;
        }

        /** Sets the external account binding: key identifier and base64url HMAC key. */
        public Builder externalAccountBinding(String keyId, String hmacKey) {
            eabKeyId = Objects.requireNonNull(keyId, "keyId");
            eabHmacKey = Objects.requireNonNull(hmacKey, "hmacKey");
            return this;
        }

        /** Trusts only the CA certificates in this PEM file for the ACME server's TLS. */
        public Builder caCertFile(Path file) {
            caCertFile = file;
            return this;
        }

        /** Sets the directory for accounts, the ACME token and the DNS-01 journal. */
        public Builder stateDir(Path dir) {
            stateDir = dir;
            return this;
        }

        public Builder njalla(NjallaAccess access) {
            njalla = access;
            return this;
        }

        public Builder keyType(KeyType type) {
            keyType = Objects.requireNonNull(type, "type");
            return this;
        }

        /** Prefers the alternate chain whose root or intermediate has this common name. */
        public Builder preferredChain(String issuer) {
            preferredChain = issuer;
            return this;
        }

        public Builder dns01(Dns01Settings settings) {
            dns01 = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** Names the certificate being renewed, for the CA's renewal information (ARI). */
        public Builder replaces(X509Certificate previous) {
            replaces = previous;
            return this;
        }

        /** Sets the time allowed for validation and for finalization, each. */
        public Builder acmeTimeout(Duration timeout) {
            acmeTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        public Builder cleanupOnShutdown(boolean enabled) {
            cleanupOnShutdown = enabled;
            return this;
        }

        /**
         * Builds the request.
         *
         * @throws IllegalArgumentException naming an invalid or missing value
         * @throws NullPointerException if the server, state directory or access is missing
         */
        public IssueRequest build() {
            return new IssueRequest(this);
        }
    }
}

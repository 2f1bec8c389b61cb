package org.njalla4j.acme;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * ACME connection and account settings: the server, the account's contact and binding, the
 * CA file that the server's TLS certificate chains to, and the state directory of the account.
 *
 * @param server the ACME server as {@link AcmeServers#resolve} returns it
 * @param email the account's contact address, or null for none
 * @param agreeToTos whether the user agreed to the CA's terms of service
 * @param eabKeyId the external account binding key identifier, or null
 * @param eabHmacKey the base64url-encoded external account binding HMAC key, or null
 * @param caCertFile the PEM file to trust for the server's TLS, or null for the JVM default
 * @param stateDir the directory holding accounts, the Njalla ACME token and the journal
 */
public record AcmeAccountSettings(
        URI server,
        String email,
        boolean agreeToTos,
        String eabKeyId,
        String eabHmacKey,
        Path caCertFile,
        Path stateDir) {

    public AcmeAccountSettings {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(stateDir, "stateDir");
        if ((eabKeyId == null) != (eabHmacKey == null)) {
            throw new IllegalArgumentException(
                    "external account binding needs both a key identifier and an HMAC key");
        }
    }

    /** Returns the contact address, if any. */
    public Optional<String> emailAddress() {
        return Optional.ofNullable(email);
    }

    /** Returns whether an external account binding is configured. */
    public boolean hasExternalAccountBinding() {
        return eabKeyId != null;
    }

    /** Leaves the HMAC key out, because it is a secret. */
    @Override
    public String toString() {
        return "AcmeAccountSettings{server=" + server + ", email=" + email
                + ", agreeToTos=" + agreeToTos + ", eabKeyId=" + eabKeyId
                + ", caCertFile=" + caCertFile + ", stateDir=" + stateDir + "}";
    }
}

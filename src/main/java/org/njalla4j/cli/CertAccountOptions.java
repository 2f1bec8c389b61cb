package org.njalla4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.njalla4j.acme.AcmeAccountSettings;
import org.njalla4j.acme.AcmeServers;
import org.njalla4j.client.Credentials;
import org.njalla4j.client.Credentials.CredentialsException;
import picocli.CommandLine.Option;

/** Options naming the ACME server and account, shared by the {@code cert} commands. */
final class CertAccountOptions {

    @Option(names = "--server", paramLabel = "SERVER", required = true,
            description = "ACME server: letsencrypt, letsencrypt-staging or an https://"
                    + " directory URL.")
    String server;

    @Option(names = "--email", paramLabel = "ADDRESS",
            description = "Contact address of the ACME account.")
    String email;

    @Option(names = "--agree-tos",
            description = "Agree to the CA's terms of service; required by CAs that have them.")
    boolean agreeToTos;

    @Option(names = "--eab-kid", paramLabel = "ID",
            description = "External account binding key identifier, from the CA.")
    String eabKeyId;

    @Option(names = "--eab-hmac-key-file", paramLabel = "FILE",
            description = "File at mode 0600 holding the base64url external account binding"
                    + " HMAC key, from the CA.")
    Path eabHmacKeyFile;

    @Option(names = "--ca-cert", paramLabel = "FILE",
            description = "PEM file of the CA to trust for the ACME server's TLS, such as a"
                    + " local Pebble's; default: the JVM's trust store.")
    Path caCertFile;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "Directory for ACME accounts, the Njalla ACME token and the DNS-01"
                    + " journal (default: $XDG_STATE_HOME/njalla4j or ~/.local/state/njalla4j).")
    Path stateDir;

    /**
     * Checks the options and builds the account settings without contacting anything.
     *
     * @throws IllegalArgumentException naming the invalid value and the fix
     */
    AcmeAccountSettings settings(Map<String, String> env) throws CredentialsException {
        if ((eabKeyId == null) != (eabHmacKeyFile == null)) {
            throw new IllegalArgumentException("--eab-kid and --eab-hmac-key-file go together:"
                    + " pass both values the CA gave you");
        }
        String hmacKey = eabHmacKeyFile == null ? null
                : Credentials.readSecretFile(eabHmacKeyFile, "EAB HMAC key file");
        if (caCertFile != null && !Files.isReadable(caCertFile)) {
            throw new IllegalArgumentException("--ca-cert file '" + caCertFile
                    + "' is missing or unreadable: name a readable PEM file");
        }
        return new AcmeAccountSettings(AcmeServers.resolve(server), email, agreeToTos,
                eabKeyId, hmacKey, caCertFile, stateDir(env));
    }

    /** Returns {@code --state-dir}, or the XDG state directory for njalla4j. */
    Path stateDir(Map<String, String> env) {
        if (stateDir != null) {
            return stateDir.toAbsolutePath();
        }
        String xdg = env.get("XDG_STATE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "njalla4j");
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".local", "state", "njalla4j");
    }

    static void checkWritableDirectory(Path dir, String option) throws IOException {
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            throw new IllegalArgumentException(option + " '" + dir + "' cannot be created:"
                    + " name a directory you can write to");
        }
    }
}

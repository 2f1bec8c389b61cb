package org.njalla4j.acme;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/** Resolves the ACME server names accepted by the API and the command line. */
public final class AcmeServers {

    /** Let's Encrypt production, as acme4j names it. */
    public static final URI LETS_ENCRYPT = URI.create("acme://letsencrypt.org");

    /** Let's Encrypt staging, as acme4j names it. */
    public static final URI LETS_ENCRYPT_STAGING = URI.create("acme://letsencrypt.org/staging");

    private AcmeServers() {
    }

    /**
     * Resolves {@code letsencrypt}, {@code letsencrypt-staging} or an {@code https} directory
     * URL to the URI that an acme4j session takes.
     *
     * @throws IllegalArgumentException naming the value and the accepted forms
     */
    public static URI resolve(String server) {
        Objects.requireNonNull(server, "server");
        String name = server.trim().toLowerCase(Locale.ROOT);
        if (name.equals("letsencrypt")) {
            return LETS_ENCRYPT;
        }
        if (name.equals("letsencrypt-staging")) {
            return LETS_ENCRYPT_STAGING;
        }
        URI uri;
        try {
            uri = URI.create(server.trim());
        } catch (IllegalArgumentException e) {
            throw invalid(server);
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw invalid(server);
        }
        return uri;
    }

    private static IllegalArgumentException invalid(String server) {
        return new IllegalArgumentException("invalid ACME server '" + server
                + "': use letsencrypt, letsencrypt-staging or an https:// directory URL");
    }
}

package org.njalla4j.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.njalla4j.client.ApiMethod;
import org.njalla4j.client.Credentials;
import org.njalla4j.client.Credentials.CredentialsException;
import org.njalla4j.client.NjallaClient;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Options every command that talks to the Njalla API shares: where the API is, where
 * the token is, and how long to wait. Add it to a command with
 * {@code @Mixin ApiOptions api;} and call {@link #client()}.
 *
 * <p>There is deliberately no option that takes the token itself, because every user
 * on the machine can read a process's arguments.
 */
public final class ApiOptions {

    /** Environment variable that overrides the API endpoint. */
    public static final String API_URL_VARIABLE = "NJALLA_API_URL";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(names = "--api-url", paramLabel = "URL",
            description = "Njalla API endpoint (env: NJALLA_API_URL; default: "
                    + "https://njal.la/api/1/).")
    private URI apiUrl;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File at mode 0600 holding the API token (env: NJALLA_TOKEN_FILE;"
                    + " or put the token itself in NJALLA_TOKEN).")
    private Path tokenFile;

    @Option(names = "--connect-timeout", paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "Time allowed to connect: seconds, or 30s, 2m (default: 10s).")
    private Duration connectTimeout;

    @Option(names = "--read-timeout", paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "Time allowed for the response: seconds, or 30s, 2m (default: 30s).")
    private Duration readTimeout;

    /** Sets the command this mixin belongs to, for commands built without annotations. */
    void attachTo(CommandSpec command) {
        this.mixee = command;
    }

    /**
     * Builds a client for the configured endpoint with the configured token.
     *
     * @throws CredentialsException when no usable token is configured
     * @throws IllegalArgumentException when the API URL is not an http or https URL
     */
    public NjallaClient client() throws CredentialsException {
        return builder().token(Credentials.token(context().env(), tokenFile)).build();
    }

    /**
     * Builds a client for {@code login}, which authenticates with a password: it sends the
     * configured token when there is one, and no token when none is configured.
     *
     * @throws CredentialsException when a token file is configured but unusable
     */
    public NjallaClient clientWithOptionalToken() throws CredentialsException {
        NjallaClient.Builder builder = builder();
        Credentials.optionalToken(context().env(), tokenFile).ifPresent(builder::token);
        return builder.build();
    }

    /**
     * Builds the client for calling {@code method}: {@link #clientWithOptionalToken()} for
     * {@code login}, else {@link #client()}.
     *
     * @param method the method to call, or null for a method the catalogue does not list
     * @throws CredentialsException when the method needs a token and none is usable
     */
    NjallaClient clientFor(ApiMethod method) throws CredentialsException {
        return method == ApiMethod.LOGIN ? clientWithOptionalToken() : client();
    }

    /** Returns the API endpoint from {@code --api-url}, {@code NJALLA_API_URL} or the default. */
    public URI apiUrl() {
        URI url = apiUrl;
        if (url == null) {
            String fromEnv = context().env().get(API_URL_VARIABLE);
            if (fromEnv != null && fromEnv.isBlank()) {
                // Falling back would send the token to the production API.
                throw new IllegalArgumentException(API_URL_VARIABLE + " is set but empty;"
                        + " unset it to use " + NjallaClient.DEFAULT_API_URL
                        + " or set the API URL");
            }
            url = fromEnv == null ? NjallaClient.DEFAULT_API_URL : parseUrl(fromEnv.strip());
        } else if (url.toString().isBlank()) {
            throw new IllegalArgumentException("--api-url is empty; give the API URL, such as"
                    + " https://njal.la/api/1/, or leave the option out");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new IllegalArgumentException("invalid API URL '" + url
                    + "'; use an http or https URL such as https://njal.la/api/1/");
        }
        if (url.getPort() > 65535) {
            throw new IllegalArgumentException("invalid API URL '" + url + "': port "
                    + url.getPort() + " is out of range; use a port from 1 to 65535");
        }
        return url;
    }

    private NjallaClient.Builder builder() {
        // Unset timeouts keep the client's defaults. Leaving them null here also keeps
        // the client classes unloaded until a request is made, so --help starts faster.
        NjallaClient.Builder builder = NjallaClient.builder().apiUrl(apiUrl());
        if (connectTimeout != null) {
            builder.connectTimeout(connectTimeout);
        }
        if (readTimeout != null) {
            builder.readTimeout(readTimeout);
        }
        return builder;
    }

    private CliContext context() {
        return CliContext.of(mixee);
    }

    private static URI parseUrl(String value) {
        try {
            return URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid " + API_URL_VARIABLE + " '" + value
                    + "'; use an http or https URL such as https://njal.la/api/1/");
        }
    }
}

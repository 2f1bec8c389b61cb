package org.njalla4j.acme;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.shredzone.acme4j.connector.NetworkSettings;
import org.shredzone.acme4j.provider.GenericAcmeProvider;

/**
 * An acme4j provider for {@code https} directory URLs whose HTTP client trusts only the CA
 * certificates of one PEM file, such as a local Pebble's TLS CA. It changes no JVM-wide
 * trust setting, so sessions with other trust run side by side.
 */
public final class TrustingAcmeProvider extends GenericAcmeProvider {

    private final SSLContext sslContext;

    private TrustingAcmeProvider(SSLContext sslContext) {
        this.sslContext = sslContext;
    }

    /**
     * Creates a provider trusting every certificate in {@code caFile} (PEM).
     *
     * @throws IOException if the file cannot be read or contains no certificate
     */
    public static TrustingAcmeProvider trusting(Path caFile) throws IOException {
        Objects.requireNonNull(caFile, "caFile");
        try (InputStream in = Files.newInputStream(caFile)) {
            Collection<? extends Certificate> certs =
                    CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certs.isEmpty()) {
                throw new IOException("no certificate in CA file " + caFile);
            }
            return new TrustingAcmeProvider(sslContext(certs));
        } catch (GeneralSecurityException e) {
            throw new IOException("invalid CA file " + caFile + ": " + e.getMessage(), e);
        }
    }

    @Override
    public HttpClient createHttpClient(NetworkSettings settings) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .sslContext(sslContext)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(settings.getTimeout())
                .proxy(settings.getProxySelector());
        if (settings.getAuthenticator() != null) {
            builder.authenticator(settings.getAuthenticator());
        }
        return builder.build();
    }

    private static SSLContext sslContext(Collection<? extends Certificate> certs)
            throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        int index = 0;
        for (Certificate cert : certs) {
            store.setCertificateEntry("ca-" + index++, cert);
        }
        TrustManagerFactory factory =
                TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}

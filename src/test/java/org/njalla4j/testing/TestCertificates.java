package org.njalla4j.testing;

import java.io.IOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Creates a throw-away certificate authority and a TLS server certificate for
 * {@code localhost} and {@code 127.0.0.1}, for test servers such as Pebble whose
 * packaged form ships no certificate of its own.
 *
 * <p>Uses only the JDK's EC key generation and BouncyCastle's certificate builder, so it
 * needs no provider registration.
 */
public final class TestCertificates {

    private static final Duration VALIDITY = Duration.ofDays(30);

    private final KeyPair caKeys;
    private final X509Certificate caCert;
    private final KeyPair serverKeys;
    private final X509Certificate serverCert;

    private TestCertificates(KeyPair caKeys, X509Certificate caCert, KeyPair serverKeys,
            X509Certificate serverCert) {
        this.caKeys = caKeys;
        this.caCert = caCert;
        this.serverKeys = serverKeys;
        this.serverCert = serverCert;
    }

    /** Generates a new CA and a server certificate signed by it. */
    public static TestCertificates generate() {
        try {
            KeyPair caKeys = ecKeyPair();
            X509Certificate caCert = sign(caTemplate(caKeys), caKeys);
            KeyPair serverKeys = ecKeyPair();
            X509Certificate serverCert = sign(serverTemplate(caCert, serverKeys), caKeys);
            return new TestCertificates(caKeys, caCert, serverKeys, serverCert);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot generate test certificates", e);
        }
    }

    /** Returns the CA certificate that clients must trust. */
    public X509Certificate caCertificate() {
        return caCert;
    }

    /** Returns the server certificate, valid for localhost and 127.0.0.1. */
    public X509Certificate serverCertificate() {
        return serverCert;
    }

    /**
     * Issues a leaf certificate for {@code key} with the given DNS names and validity,
     * signed by this CA, for tests of code that stores or inspects certificates.
     */
    public X509Certificate issue(KeyPair key, List<String> dnsNames, Instant notBefore,
            Instant notAfter) {
        X500Name issuer = X500Name.getInstance(caCert.getSubjectX500Principal().getEncoded());
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serial(),
                Date.from(notBefore), Date.from(notAfter),
                new X500Name("CN=" + dnsNames.get(0)), key.getPublic());
        GeneralName[] names = dnsNames.stream()
                .map(name -> new GeneralName(GeneralName.dNSName, name))
                .toArray(GeneralName[]::new);
        try {
            builder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(names));
            return sign(builder, caKeys);
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot issue test certificate", e);
        }
    }

    /** Generates an EC P-256 key pair with the JDK provider. */
    public static KeyPair newKeyPair() {
        try {
            return ecKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate key pair", e);
        }
    }

    /** Writes the CA certificate as PEM. */
    public void writeCaCertificate(Path file) throws IOException {
        writePem(file, caCert);
    }

    /** Writes the server certificate as PEM. */
    public void writeServerCertificate(Path file) throws IOException {
        writePem(file, serverCert);
    }

    /** Writes the server's private key as unencrypted PKCS#8 PEM. */
    public void writeServerKey(Path file) throws IOException {
        writePem(file, new PemObject("PRIVATE KEY", serverKeys.getPrivate().getEncoded()));
    }

    /** Builds an SSL context that trusts only this CA. */
    public SSLContext sslContext() {
        return sslContextTrusting(caCert);
    }

    /** Builds an SSL context that trusts only the given certificate. */
    public static SSLContext sslContextTrusting(X509Certificate trusted) {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            store.setCertificateEntry("ca", trusted);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(
                    TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), new SecureRandom());
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build SSL context", e);
        }
    }

    /** Reads the first certificate of a PEM file. */
    public static X509Certificate readCertificate(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(in);
        } catch (GeneralSecurityException e) {
            throw new IOException("not a certificate: " + file, e);
        }
    }

    private static KeyPair ecKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X509v3CertificateBuilder caTemplate(KeyPair keys) throws IOException {
        X500Name name = new X500Name("CN=njalla4j test CA " + serial());
        X509v3CertificateBuilder builder = template(name, name, keys);
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        builder.addExtension(Extension.keyUsage, true,
                new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        return builder;
    }

    private static X509v3CertificateBuilder serverTemplate(X509Certificate ca, KeyPair keys)
            throws IOException {
        X500Name issuer = X500Name.getInstance(ca.getSubjectX500Principal().getEncoded());
        X509v3CertificateBuilder builder = template(issuer, new X500Name("CN=localhost"), keys);
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        builder.addExtension(Extension.extendedKeyUsage, false,
                new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(
                new GeneralName[] {
                    new GeneralName(GeneralName.dNSName, "localhost"),
                    new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                    new GeneralName(GeneralName.iPAddress, "::1")
                }));
        return builder;
    }

    private static X509v3CertificateBuilder template(X500Name issuer, X500Name subject,
            KeyPair keys) {
        Instant now = Instant.now();
        return new JcaX509v3CertificateBuilder(issuer, serial(),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(VALIDITY)),
                subject, keys.getPublic());
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair signer)
            throws OperatorCreationException, GeneralSecurityException {
        var signerBuilder = new JcaContentSignerBuilder("SHA256withECDSA");
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(signerBuilder.build(signer.getPrivate())));
    }

    private static BigInteger serial() {
        return new BigInteger(63, new SecureRandom());
    }

    private static void writePem(Path file, Object value) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
                JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(value);
        }
    }
}

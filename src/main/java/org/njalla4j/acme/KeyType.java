package org.njalla4j.acme;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Key algorithms for certificate and account keys. Keys are generated with the JDK's own
 * providers, which avoids registering BouncyCastle just for key generation.
 */
public enum KeyType {
    EC_P256("ec-p256", "EC", new ECGenParameterSpec("secp256r1")),
    EC_P384("ec-p384", "EC", new ECGenParameterSpec("secp384r1")),
    RSA_2048("rsa-2048", "RSA", rsa(2048)),
    RSA_3072("rsa-3072", "RSA", rsa(3072)),
    RSA_4096("rsa-4096", "RSA", rsa(4096));

    /** The key type of new certificates unless the caller chooses another. */
    public static final KeyType DEFAULT = EC_P256;

    private final String id;
    private final String algorithm;
    private final AlgorithmParameterSpec spec;

    KeyType(String id, String algorithm, AlgorithmParameterSpec spec) {
        this.id = id;
        this.algorithm = algorithm;
        this.spec = spec;
    }

    /** Returns the name used on the command line, such as {@code ec-p256}. */
    public String id() {
        return id;
    }

    /** Generates a new key pair of this type. */
    public KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            generator.initialize(spec);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot generate " + id + " keys", e);
        }
    }

    /**
     * Parses a command-line name such as {@code ec-p256} or {@code rsa-2048}.
     *
     * @throws IllegalArgumentException naming the value and the accepted names
     */
    public static KeyType parse(String name) {
        String requested = name.trim().toLowerCase(Locale.ROOT);
        for (KeyType type : values()) {
            if (type.id.equals(requested)) {
                return type;
            }
        }
        throw new IllegalArgumentException("invalid key type '" + name + "': use one of "
                + names());
    }

    /** Returns the accepted names, comma-separated. */
    public static String names() {
        return Arrays.stream(values()).map(KeyType::id).collect(Collectors.joining(", "));
    }

    /** Describes a public key, such as {@code EC P-256} or {@code RSA 2048}. */
    public static String describe(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return "RSA " + rsa.getModulus().bitLength();
        }
        if (key instanceof ECPublicKey ec) {
            int bits = ec.getParams().getCurve().getField().getFieldSize();
            return bits == 521 ? "EC P-521" : "EC P-" + bits;
        }
        return key.getAlgorithm();
    }

    private static AlgorithmParameterSpec rsa(int bits) {
        return new RSAKeyGenParameterSpec(bits, RSAKeyGenParameterSpec.F4);
    }
}

package org.njalla4j.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Parameters of {@code add-dnssec}: either DS data ({@link #ds}) or a DNSKEY public key
 * ({@link #publicKey}), each with the DNSSEC algorithm number.
 */
public final class AddDnssecRequest {

    private final Map<String, Object> params;

    private AddDnssecRequest(Map<String, Object> params) {
        this.params = params;
    }

    /**
     * DS data, as the zone's signer reports it.
     *
     * @param algorithm DNSSEC algorithm number, such as 13 for ECDSA P-256 with SHA-256
     * @param digestType 1 (SHA-1), 2 (SHA-256) or 4 (SHA-384)
     * @param digest the digest in hexadecimal
     */
    public static AddDnssecRequest ds(String domain, int algorithm, int keyTag, int digestType,
            String digest) {
        Map<String, Object> params = start(domain, algorithm);
        checkRange("key_tag", keyTag, 0, 65535);
        checkRange("digest_type", digestType, 1, 255);
        params.put("digest", Objects.requireNonNull(digest, "digest"));
        params.put("digest_type", digestType);
        params.put("key_tag", keyTag);
        return new AddDnssecRequest(Collections.unmodifiableMap(params));
    }

    /** A DNSKEY public key in base64, from which Njalla derives the DS record. */
    public static AddDnssecRequest publicKey(String domain, int algorithm, String publicKey) {
        Map<String, Object> params = start(domain, algorithm);
        params.put("public_key", Objects.requireNonNull(publicKey, "publicKey"));
        return new AddDnssecRequest(Collections.unmodifiableMap(params));
    }

    /** The parameters as sent on the wire. */
    public Map<String, Object> toParams() {
        return params;
    }

    private static Map<String, Object> start(String domain, int algorithm) {
        checkRange("algorithm", algorithm, 1, 255);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("domain", Objects.requireNonNull(domain, "domain"));
        params.put("algorithm", algorithm);
        return params;
    }

    private static void checkRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("add-dnssec: invalid " + field + " " + value
                    + "; use a value from " + min + " to " + max);
        }
    }
}

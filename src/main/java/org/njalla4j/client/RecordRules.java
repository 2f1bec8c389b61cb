package org.njalla4j.client;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Njalla's rules for record fields, checked on the client so that a bad request is
 * rejected before it is sent: the TTLs the service offers and which field applies to
 * which record type, as in the registrar's add-record documentation.
 */
public final class RecordRules {

    /** TTLs in seconds that Njalla's API and web interface offer. */
    public static final List<Integer> VALID_TTLS = List.of(60, 300, 900, 3600, 10800, 21600, 86400);

    /** Record types Njalla accepts. */
    public static final Set<String> TYPES = Set.of("A", "AAAA", "ANAME", "CAA", "CNAME", "DS",
            "Dynamic", "HTTPS", "MX", "NAPTR", "NS", "PTR", "Redirect", "SRV", "SSHFP", "Static",
            "SVCB", "TLSA", "TXT");

    /** Maximum length of a name in characters of its A-label form (RFC 1035, 2.3.4). */
    public static final int MAX_NAME_LENGTH = 253;

    /** Maximum length of one label of a name (RFC 1035, 2.3.4). */
    public static final int MAX_LABEL_LENGTH = 63;

    /**
     * Maximum length of TXT content in characters, a limit of this client. DNS carries TXT
     * data as strings of at most 255 bytes; 2048 characters keep a record well inside
     * one DNS message.
     * NOTE: Njalla's own limit, and whether it splits long content into strings, is unknown.
     */
    public static final int MAX_TXT_LENGTH = 2048;

    /** Maximum length of content of other types, a limit of this client. */
    public static final int MAX_CONTENT_LENGTH = 4096;

    private static final Map<String, Set<String>> TYPES_BY_FIELD = Map.of(
            "content", Set.of("A", "AAAA", "ANAME", "CAA", "CNAME", "DS", "MX", "NAPTR", "NS",
                    "PTR", "Redirect", "SRV", "SSHFP", "Static", "TLSA", "TXT"),
            "ttl", Set.of("A", "AAAA", "ANAME", "CAA", "CNAME", "DS", "MX", "NAPTR", "NS", "PTR",
                    "Redirect", "SRV", "SSHFP", "TLSA", "TXT"),
            "prio", Set.of("HTTPS", "MX", "Redirect", "SRV", "SVCB"),
            "weight", Set.of("SRV"),
            "port", Set.of("SRV"),
            "target", Set.of("HTTPS", "SVCB"),
            "ssh_algorithm", Set.of("SSHFP"),
            "ssh_type", Set.of("SSHFP"));

    private RecordRules() {
    }

    /** The type spelled as Njalla spells it ({@code txt} becomes {@code TXT}), or null. */
    public static String canonicalType(String type) {
        for (String known : TYPES) {
            if (known.equalsIgnoreCase(type)) {
                return known;
            }
        }
        return null;
    }

    /** Whether {@code field} applies to records of {@code type}. */
    public static boolean appliesTo(String field, String type) {
        Set<String> types = TYPES_BY_FIELD.get(field);
        return types == null || types.contains(type);
    }

    /**
     * Checks add-record or edit-record parameters and normalises the type's spelling in
     * place: the type is known, the name is not empty (the apex is {@code @}), the TTL is
     * one Njalla offers, every field applies to the type, SSHFP algorithm and fingerprint
     * type are in range, and TXT content carries no surrounding quotes (Njalla stores the
     * value raw and would keep the quotes as part of it). The name must be {@code @} or
     * a DNS name of letters, digits, '-', '_' and '*' within 253 characters and labels of
     * 63. Content must not be empty, must fit the type (an IPv4 address for A, a host
     * name for MX, and so on) and must not exceed {@value #MAX_TXT_LENGTH}
     * characters for TXT or {@value #MAX_CONTENT_LENGTH} for other types.
     * For {@code add-record}, the fields the type needs (content, and prio, weight and
     * port for SRV, say) must be present. Without a type, only the checks that do not
     * depend on it run.
     *
     * @param method wire name used in the message, such as {@code edit-record}
     * @param params the request parameters; the type entry may be rewritten
     * @throws IllegalArgumentException naming the method, field, value and fix
     */
    public static void check(String method, Map<String, Object> params) {
        String type = checkType(method, params);
        Object name = params.get("name");
        if (name != null && name.toString().isBlank()) {
            throw new IllegalArgumentException(method
                    + ": empty record name; use '@' for the apex");
        }
        Object ttl = params.get("ttl");
        if (ttl != null && !VALID_TTLS.contains(ttl)) {
            throw new IllegalArgumentException(method + ": invalid ttl " + ttl
                    + "; use one of " + VALID_TTLS);
        }
        checkRange(method, params, "ssh_algorithm", 1, 5);
        checkRange(method, params, "ssh_type", 1, 2);
        checkRange(method, params, "prio", 0, 65535);
        checkRange(method, params, "weight", 0, 65535);
        checkRange(method, params, "port", 0, 65535);
        if (type != null) {
            checkFields(method, type, params);
        }
        RecordValueRules.check(method, type, params);
    }

    private static String checkType(String method, Map<String, Object> params) {
        Object rawType = params.get("type");
        if (rawType == null) {
            return null;
        }
        String type = canonicalType(rawType.toString());
        if (type == null) {
            throw new IllegalArgumentException(method + ": invalid record type '" + rawType
                    + "'; use one of " + String.join(", ", new TreeSet<>(TYPES)));
        }
        params.put("type", type);
        return type;
    }

    private static void checkRange(String method, Map<String, Object> params, String field,
            int min, int max) {
        Object value = params.get(field);
        if (value instanceof Integer number && (number < min || number > max)) {
            throw new IllegalArgumentException(method + ": invalid " + field + " " + number
                    + "; use a value from " + min + " to " + max);
        }
    }

    private static void checkFields(String method, String type, Map<String, Object> params) {
        for (String field : TYPES_BY_FIELD.keySet()) {
            if (params.containsKey(field) && !appliesTo(field, type)) {
                throw new IllegalArgumentException(method + ": field '" + field
                        + "' does not apply to type " + type + "; it applies to "
                        + String.join(", ", new TreeSet<>(TYPES_BY_FIELD.get(field))));
            }
        }
        Object content = params.get("content");
        if ("TXT".equals(type) && content != null
                && !DnsRecord.unquote(content.toString()).equals(content.toString())) {
            throw new IllegalArgumentException(method + ": TXT content " + content
                    + " is quoted; send the value without the surrounding double quotes");
        }
    }
}

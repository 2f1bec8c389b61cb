package org.njalla4j.emulator;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Njalla's rules for record fields, enforced as the service does: names become relative
 * to the zone, the TTL must be one of the offered values, and each field applies only to
 * the types listed in the registrar's add-record documentation. Every violation is
 * -32000 "Invalid arguments".
 */
final class RecordFields {

    /** TTLs in seconds that Njalla's API and web interface offer. */
    static final List<Integer> VALID_TTLS = List.of(60, 300, 900, 3600, 10800, 21600, 86400);

    /** TTL used when add-record has none. NOTE: the real service's default is unknown. */
    static final int DEFAULT_TTL = 3600;

    /** Record types with their spelling on the wire. */
    static final List<String> TYPES = List.of("A", "AAAA", "ANAME", "CAA", "CNAME", "DS",
            "Dynamic", "HTTPS", "MX", "NAPTR", "NS", "PTR", "Redirect", "SRV", "SSHFP", "Static",
            "SVCB", "TLSA", "TXT");

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

    /** Fields every record of the type must have. */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "MX", List.of("prio"),
            "SRV", List.of("prio", "weight", "port"),
            "HTTPS", List.of("prio", "target"),
            "SVCB", List.of("prio", "target"),
            "SSHFP", List.of("ssh_algorithm", "ssh_type"));

    /** Longest content accepted. NOTE: the real service's limit is unknown. */
    private static final int MAX_CONTENT = 4096;

    private static final SecureRandom RANDOM = new SecureRandom();

    private RecordFields() {
    }

    /** The type spelled as Njalla spells it ({@code txt} becomes {@code TXT}). */
    static String canonicalType(String type) {
        for (String known : TYPES) {
            if (known.equalsIgnoreCase(type)) {
                return known;
            }
        }
        throw ApiError.invalidArguments();
    }

    /** Builds a new record from add-record parameters; the caller assigns the id. */
    static RecordState create(String domain, Params params) {
        RecordState record = new RecordState();
        record.type = canonicalType(params.string("type"));
        record.name = relativeName(domain, params.string("name"));
        apply(record, params);
        if (record.ttl == null && TYPES_BY_FIELD.get("ttl").contains(record.type)) {
            record.ttl = DEFAULT_TTL;
        }
        if ("Dynamic".equals(record.type)) {
            record.content = dynamicKey();
        }
        validate(domain, record);
        return record;
    }

    /** Builds the edited copy of {@code existing}; the type cannot change. */
    static RecordState edit(String domain, RecordState existing, Params params) {
        RecordState record = existing.copy();
        if (params.optString("type").map(t -> !canonicalType(t).equals(existing.type))
                .orElse(false)) {
            throw ApiError.invalidArguments();
        }
        if (params.has("name")) {
            record.name = relativeName(domain, params.string("name"));
        }
        apply(record, params);
        validate(domain, record);
        return record;
    }

    /**
     * Converts a name as a client sends it into the stored relative form: an FQDN in the
     * zone, with or without the trailing dot, loses the zone suffix; the zone itself is
     * {@code @}; labels are lower-cased A-labels.
     */
    static String relativeName(String domain, String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw ApiError.invalidArguments();
        }
        if (trimmed.equals("@")) {
            return "@";
        }
        boolean absolute = trimmed.endsWith(".");
        String ascii = toAscii(absolute ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
        if (ascii.equals(domain)) {
            return "@";
        }
        if (ascii.endsWith("." + domain)) {
            ascii = ascii.substring(0, ascii.length() - domain.length() - 1);
        } else if (absolute) {
            throw ApiError.invalidArguments();
        }
        checkLabels(ascii);
        return ascii;
    }

    /** Converts a domain or host name to lower-case A-labels, rejecting invalid ones. */
    static String toAscii(String name) {
        try {
            String ascii = IDN.toASCII(name, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            if (ascii.isEmpty() || ascii.length() > 253) {
                throw ApiError.invalidArguments();
            }
            return ascii;
        } catch (IllegalArgumentException e) {
            throw ApiError.invalidArguments();
        }
    }

    private static void checkLabels(String name) {
        String[] labels = name.split("\\.", -1);
        for (int i = 0; i < labels.length; i++) {
            String label = labels[i];
            boolean wildcard = i == 0 && label.equals("*");
            if (!wildcard && !label.matches("[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?")) {
                throw ApiError.invalidArguments();
            }
        }
    }

    private static void apply(RecordState record, Params params) {
        checkApplicable(record.type, params);
        params.optString("content").ifPresent(c -> record.content = c);
        params.optInt("ttl").ifPresent(t -> record.ttl = t);
        params.optInt("prio").ifPresent(p -> record.prio = p);
        params.optInt("weight").ifPresent(w -> record.weight = w);
        params.optInt("port").ifPresent(p -> record.port = p);
        params.optString("target").ifPresent(t -> record.target = t);
        params.optInt("ssh_algorithm").ifPresent(a -> record.sshAlgorithm = a);
        params.optInt("ssh_type").ifPresent(t -> record.sshType = t);
    }

    private static void checkApplicable(String type, Params params) {
        for (Map.Entry<String, Set<String>> field : TYPES_BY_FIELD.entrySet()) {
            if (params.has(field.getKey()) && !field.getValue().contains(type)) {
                throw ApiError.invalidArguments();
            }
        }
    }

    private static void validate(String domain, RecordState record) {
        for (String field : REQUIRED.getOrDefault(record.type, List.of())) {
            if (valueOf(record, field) == null) {
                throw ApiError.invalidArguments();
            }
        }
        boolean needsContent = TYPES_BY_FIELD.get("content").contains(record.type);
        if (needsContent && (record.content == null || record.content.isBlank()
                || record.content.length() > MAX_CONTENT)) {
            throw ApiError.invalidArguments();
        }
        if (record.ttl != null && !VALID_TTLS.contains(record.ttl)) {
            throw ApiError.invalidArguments();
        }
        checkRanges(record);
        checkContent(domain, record);
    }

    private static Object valueOf(RecordState record, String field) {
        return switch (field) {
            case "prio" -> record.prio;
            case "weight" -> record.weight;
            case "port" -> record.port;
            case "target" -> record.target;
            case "ssh_algorithm" -> record.sshAlgorithm;
            case "ssh_type" -> record.sshType;
            default -> throw new IllegalStateException("unknown field " + field);
        };
    }

    private static void checkRanges(RecordState record) {
        for (Integer value : new Integer[] {record.prio, record.weight, record.port}) {
            if (value != null && (value < 0 || value > 65535)) {
                throw ApiError.invalidArguments();
            }
        }
        if (record.sshAlgorithm != null && (record.sshAlgorithm < 1 || record.sshAlgorithm > 5)) {
            throw ApiError.invalidArguments();
        }
        if (record.sshType != null && (record.sshType < 1 || record.sshType > 2)) {
            throw ApiError.invalidArguments();
        }
    }

    private static void checkContent(String domain, RecordState record) {
        switch (record.type) {
            case "Redirect" -> checkUrl(record.content);
            case "Static", "Dynamic" -> { }
            case "ANAME" -> {
                if (!DnsRecords.isAddress(record.content)) {
                    checkHost(record.content);
                }
            }
            default -> DnsRecords.toDns(domain, record, true);
        }
    }

    private static void checkHost(String host) {
        String bare = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        checkLabels(toAscii(bare));
    }

    private static void checkUrl(String url) {
        try {
            URI uri = new URI(url);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())
                    || uri.getHost() == null) {
                throw ApiError.invalidArguments();
            }
        } catch (URISyntaxException e) {
            throw ApiError.invalidArguments();
        }
    }

    /** A key in the form of the real service's Dynamic record content. */
    private static String dynamicKey() {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            key.append(i == 7 ? '-' : alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return key.toString();
    }
}

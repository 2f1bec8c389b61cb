package org.njalla4j.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Objects;

/**
 * One DNS record of a zone as Njalla returns it. {@code id} is opaque: Njalla sent JSON
 * numbers until 2022 and strings since, and may move to UUIDs, so it is kept as the
 * received text and sent back unchanged. {@code name} is relative to the zone ({@code @}
 * for the apex, {@code *} for a wildcard). Fields a type lacks are null; {@link #raw()}
 * keeps every field the API sent, including ones this class does not model.
 */
public record DnsRecord(
        String id,
        String name,
        String type,
        String content,
        Integer ttl,
        Integer prio,
        Integer weight,
        Integer port,
        String target,
        Integer sshAlgorithm,
        Integer sshType,
        JsonNode raw) {

    public DnsRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /**
     * Whether this record has the given relative name, compared without case and
     * without a trailing dot.
     */
    public boolean hasName(String relativeName) {
        return normalizeName(name).equals(normalizeName(relativeName));
    }

    /**
     * Whether this record's content equals {@code value}, ignoring one pair of
     * surrounding double quotes on either side, as some DNS providers store TXT values
     * quoted.
     */
    public boolean hasContent(String value) {
        return content != null && unquote(content).equals(unquote(value));
    }

    /** Strips one pair of surrounding double quotes, if present. */
    public static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static String normalizeName(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}

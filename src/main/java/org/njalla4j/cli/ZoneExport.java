package org.njalla4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes the records that {@code list-records} returns as a BIND zone file (RFC 1035
 * section 5): {@code $ORIGIN}, {@code $TTL}, then one line per record with its name
 * relative to the origin, TTL, class {@code IN}, type and data.
 *
 * <p>Types that only Njalla defines (Dynamic, Redirect, Static, ANAME) and records that
 * lack a field their type needs become comment lines, so the file stays valid input for
 * {@code import-zone} and other zone parsers. The update key of a Dynamic record is left
 * out, because it lets anyone change the record.
 */
final class ZoneExport {

    /** TTL used for {@code $TTL} when no record has one. */
    static final int DEFAULT_TTL = 3600;

    private static final Set<String> NJALLA_ONLY = Set.of("DYNAMIC", "REDIRECT", "STATIC", "ANAME");
    private static final Set<String> HOST_CONTENT = Set.of("CNAME", "NS", "PTR", "DNAME");
    private static final Set<String> AS_IS = Set.of("A", "AAAA", "DS", "TLSA", "NAPTR");
    private static final Set<String> STRUCTURED = Set.of("TXT", "SPF", "MX", "SRV", "SSHFP",
            "HTTPS", "SVCB", "CAA");
    private static final int MAX_STRING_BYTES = 255;

    private final String origin;
    private final List<JsonNode> records;

    /**
     * @param domain the zone's name, without a trailing dot
     * @param records the record objects as the API returned them
     */
    ZoneExport(String domain, List<JsonNode> records) {
        Objects.requireNonNull(domain, "domain");
        this.origin = domain.endsWith(".") ? domain : domain + ".";
        this.records = List.copyOf(records);
    }

    /** Returns the zone file text, ending with a newline. */
    String render() {
        int defaultTtl = commonTtl();
        List<String[]> lines = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        for (JsonNode record : records) {
            String data = rdata(record);
            String type = type(record);
            if (data == null) {
                comments.add(comment(record));
            } else {
                lines.add(new String[] {name(record), Integer.toString(ttl(record, defaultTtl)),
                    "IN", type, data});
            }
        }
        StringBuilder zone = new StringBuilder();
        zone.append("; Zone ").append(origin).append(" exported from Njalla by njalla records"
                + " export\n");
        zone.append("$ORIGIN ").append(origin).append('\n');
        zone.append("$TTL ").append(defaultTtl).append('\n');
        appendAligned(zone, lines);
        comments.forEach(line -> zone.append(line).append('\n'));
        return zone.toString();
    }

    /**
     * Returns the record data in presentation format, or null to write a comment. Data
     * with a line break or another control character is never written, because it could
     * end the line and add records that the zone does not have.
     */
    private String rdata(JsonNode record) {
        String data = presentation(record);
        boolean control = data != null && data.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
        return control ? null : data;
    }

    private String presentation(JsonNode record) {
        String type = type(record);
        String content = text(record, "content");
        if (NJALLA_ONLY.contains(type)) {
            return null;
        }
        return switch (type) {
            case "TXT", "SPF" -> content == null ? null : txt(content);
            case "MX" -> withNumbers(record, content, List.of("prio"), true);
            case "SRV" -> withNumbers(record, content, List.of("prio", "weight", "port"), true);
            case "SSHFP" -> withNumbers(record, content, List.of("ssh_algorithm", "ssh_type"),
                    false);
            case "HTTPS", "SVCB" -> serviceBinding(record, content);
            case "CAA" -> content == null ? null : caa(content);
            default -> simple(type, content);
        };
    }

    private static String simple(String type, String content) {
        if (content == null || content.isBlank()) {
            return null;
        }
        if (HOST_CONTENT.contains(type)) {
            return host(content.strip());
        }
        return AS_IS.contains(type) ? content.strip() : null;
    }

    /**
     * Prefixes the content with the record's numeric fields. When the fields are absent
     * but the content already contains them, as in {@code 10 mail.example.com}, the content
     * is used as it is.
     */
    private static String withNumbers(JsonNode record, String content, List<String> fields,
            boolean lastIsHost) {
        if (content == null || content.isBlank()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String field : fields) {
            JsonNode value = record.get(field);
            if (value == null || value.isNull() || !value.asText().matches("\\d+")) {
                return contentWithNumbers(content, fields.size(), lastIsHost);
            }
            parts.add(value.asText());
        }
        parts.add(lastIsHost ? host(content.strip()) : content.strip());
        return String.join(" ", parts);
    }

    private static String contentWithNumbers(String content, int numbers, boolean lastIsHost) {
        String[] tokens = content.strip().split("\\s+");
        if (tokens.length != numbers + 1) {
            return null;
        }
        for (int i = 0; i < numbers; i++) {
            if (!tokens[i].matches("\\d+")) {
                return null;
            }
        }
        if (lastIsHost) {
            tokens[numbers] = host(tokens[numbers]);
        }
        return String.join(" ", tokens);
    }

    /** HTTPS and SVCB: priority, target, then any service parameters held in content. */
    private static String serviceBinding(JsonNode record, String content) {
        JsonNode prio = record.get("prio");
        String target = text(record, "target");
        if (prio == null || !prio.asText().matches("\\d+") || target == null || target.isBlank()) {
            return null;
        }
        String data = prio.asText() + " " + host(target.strip());
        return content == null || content.isBlank() ? data : data + " " + content.strip();
    }

    /** CAA: flags, tag, and the value as a quoted string. */
    private static String caa(String content) {
        String[] parts = content.strip().split("\\s+", 3);
        if (parts.length != 3 || !parts[0].matches("\\d+")) {
            return null;
        }
        String value = parts[2];
        if (!(value.length() >= 2 && value.startsWith("\"") && value.endsWith("\""))) {
            value = quote(value.getBytes(StandardCharsets.UTF_8));
        }
        return parts[0] + " " + parts[1] + " " + value;
    }

    /**
     * TXT: the content's UTF-8 bytes as quoted character strings of at most 255 bytes
     * each (RFC 1035 section 3.3.14), with quotes, backslashes and bytes outside
     * printable ASCII escaped.
     */
    static String txt(String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0) {
            return "\"\"";
        }
        List<String> strings = new ArrayList<>();
        for (int start = 0; start < bytes.length; start += MAX_STRING_BYTES) {
            int end = Math.min(bytes.length, start + MAX_STRING_BYTES);
            strings.add(quote(Arrays.copyOfRange(bytes, start, end)));
        }
        return String.join(" ", strings);
    }

    private static String quote(byte[] bytes) {
        StringBuilder quoted = new StringBuilder("\"");
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == '"' || c == '\\') {
                quoted.append('\\').append((char) c);
            } else if (c >= 0x20 && c < 0x7f) {
                quoted.append((char) c);
            } else {
                quoted.append(String.format("\\%03d", c));
            }
        }
        return quoted.append('"').toString();
    }

    /**
     * Writes a host name as absolute when it contains a dot, because Njalla stores
     * targets such as {@code mail.example.com} without the trailing dot; {@code @} and
     * single labels stay relative to the origin.
     */
    static String host(String name) {
        if (name.equals("@") || name.endsWith(".") || !name.contains(".")) {
            return name;
        }
        return name + ".";
    }

    private String comment(JsonNode record) {
        String type = text(record, "type") == null ? "(no type)" : text(record, "type");
        StringBuilder line = new StringBuilder("; ").append(type).append(' ').append(name(record));
        JsonNode ttl = record.get("ttl");
        if (ttl != null && !ttl.isNull()) {
            line.append(' ').append(ttl.asText());
        }
        for (String field : List.of("prio", "weight", "port", "target", "content", "current_ips")) {
            if (type.equalsIgnoreCase("Dynamic") && field.equals("content")) {
                continue;
            }
            JsonNode value = record.get(field);
            if (value != null && !value.isNull() && !ResultPrinter.cell(value).isEmpty()) {
                line.append(' ').append(field).append('=').append(ResultPrinter.cell(value));
            }
        }
        String upper = type(record);
        boolean known = HOST_CONTENT.contains(upper) || AS_IS.contains(upper)
                || STRUCTURED.contains(upper);
        if (known) {
            line.append(" (not exported: a field this type needs is missing or invalid)");
        } else if (!NJALLA_ONLY.contains(upper)) {
            line.append(" (not exported: record type unknown to njalla records export)");
        } else if (type.equalsIgnoreCase("Dynamic")) {
            line.append(" (update key left out)");
        }
        return line.toString();
    }

    private static String type(JsonNode record) {
        String type = text(record, "type");
        return type == null ? "" : type.toUpperCase(Locale.ROOT);
    }

    private static String name(JsonNode record) {
        String name = text(record, "name");
        return name == null || name.isEmpty() ? "@" : escapeName(name);
    }

    /**
     * Escapes characters that would end or break an owner name in a zone file, such as
     * spaces, semicolons and parentheses, as {@code \DDD} per UTF-8 byte.
     */
    static String escapeName(String name) {
        StringBuilder escaped = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-_.*@/".indexOf(c) >= 0)) {
                escaped.append((char) c);
            } else {
                escaped.append(String.format("\\%03d", c));
            }
        }
        return escaped.toString();
    }

    private static int ttl(JsonNode record, int fallback) {
        JsonNode ttl = record.get("ttl");
        return ttl != null && ttl.canConvertToInt() && ttl.asInt() > 0 ? ttl.asInt() : fallback;
    }

    /** Returns the most frequent TTL among the records, the smaller one on a tie. */
    private int commonTtl() {
        Map<Integer, Integer> counts = new HashMap<>();
        for (JsonNode record : records) {
            int ttl = ttl(record, -1);
            if (ttl > 0) {
                counts.merge(ttl, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .orElse(DEFAULT_TTL);
    }

    private static void appendAligned(StringBuilder zone, List<String[]> lines) {
        int[] widths = new int[4];
        for (String[] line : lines) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        for (String[] line : lines) {
            for (int i = 0; i < widths.length; i++) {
                zone.append(line[i]).append(" ".repeat(widths[i] - line[i].length() + 1));
            }
            zone.append(line[4]).append('\n');
        }
    }

    private static String text(JsonNode record, String field) {
        JsonNode value = record.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}

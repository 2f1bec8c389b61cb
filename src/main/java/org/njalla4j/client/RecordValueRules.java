package org.njalla4j.client;

import static org.njalla4j.client.RecordRules.MAX_CONTENT_LENGTH;
import static org.njalla4j.client.RecordRules.MAX_LABEL_LENGTH;
import static org.njalla4j.client.RecordRules.MAX_NAME_LENGTH;
import static org.njalla4j.client.RecordRules.MAX_TXT_LENGTH;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks the values of record fields that {@link RecordRules} does not: the shape of the
 * record name, the content by record type, its length, and the fields each type needs.
 * Every failure is an {@link IllegalArgumentException} with one line naming the method,
 * field, value and fix.
 */
final class RecordValueRules {

    /** Characters a value may have before a message shows it shortened. */
    private static final int SHOWN_LENGTH = 60;

    /** Fields every new record of the type needs besides content. */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "MX", List.of("prio"),
            "SRV", List.of("prio", "weight", "port"),
            "HTTPS", List.of("prio", "target"),
            "SVCB", List.of("prio", "target"),
            "SSHFP", List.of("ssh_algorithm", "ssh_type"));

    private static final Pattern NAME_CHARACTERS = Pattern.compile("[\\p{L}\\p{N}_.*-]+");
    private static final Pattern CAA = Pattern.compile(
            "(25[0-5]|2[0-4]\\d|1?\\d{1,2})\\s+[A-Za-z0-9]+\\s+\\S.*");

    private RecordValueRules() {
    }

    /**
     * Checks the name, the content and, for {@code add-record}, that the fields the type
     * needs are present.
     *
     * @param type the canonical record type, or null when the request has none
     */
    static void check(String method, String type, Map<String, Object> params) {
        Object name = params.get("name");
        if (name != null) {
            checkName(method, name.toString());
        }
        Object content = params.get("content");
        if (content != null) {
            checkContent(method, type, content.toString());
        }
        if (type != null && method.equals("add-record")) {
            checkRequired(method, type, params);
        }
    }

    /** Checks a record name: {@code @}, or labels of letters, digits, '-', '_' or '*'. */
    static void checkName(String method, String name) {
        if (name.equals("@")) {
            return;
        }
        if (!NAME_CHARACTERS.matcher(name).matches()) {
            throw invalid(method, "name", name, "it may contain only letters, digits, '-',"
                    + " '_', '.', '*' or be '@' for the apex");
        }
        String bare = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        String[] labels = bare.split("\\.", -1);
        int length = labels.length - 1;
        for (int i = 0; i < labels.length; i++) {
            String label = toAscii(method, name, labels[i]);
            checkLabel(method, name, label, i == 0);
            length += label.length();
        }
        if (length > MAX_NAME_LENGTH) {
            throw invalid(method, "name", name, "a name has at most " + MAX_NAME_LENGTH
                    + " characters (it has " + length + ")");
        }
    }

    private static void checkLabel(String method, String name, String label, boolean first) {
        if (label.isEmpty()) {
            throw invalid(method, "name", name, "remove the empty label (two dots in a row,"
                    + " or a leading dot)");
        }
        if (label.length() > MAX_LABEL_LENGTH) {
            throw invalid(method, "name", name, "each label has at most " + MAX_LABEL_LENGTH
                    + " characters, but '" + shorten(label) + "' has " + label.length());
        }
        if (label.contains("*") && !(first && label.equals("*"))) {
            throw invalid(method, "name", name, "'*' may only be the whole first label,"
                    + " as in *.www");
        }
    }

    /** Returns the A-label of {@code label}; an ASCII label is returned unchanged. */
    private static String toAscii(String method, String name, String label) {
        if (label.chars().allMatch(c -> c < 128)) {
            return label;
        }
        try {
            return IDN.toASCII(label, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            throw invalid(method, "name", name, "use a valid host name or IDN");
        }
    }

    private static void checkContent(String method, String type, String content) {
        if (content.isBlank()) {
            throw new IllegalArgumentException(method + ": empty content" + forType(type)
                    + "; give " + expected(type));
        }
        int max = "TXT".equals(type) ? MAX_TXT_LENGTH : MAX_CONTENT_LENGTH;
        if (content.length() > max) {
            throw new IllegalArgumentException(method + ": content" + forType(type) + " has "
                    + content.length() + " characters; the maximum is " + max);
        }
        if (type != null && !hasShape(type, content)) {
            throw new IllegalArgumentException(method + ": invalid content '"
                    + shorten(content) + "' for type " + type + "; give " + expected(type));
        }
    }

    private static boolean hasShape(String type, String content) {
        return switch (type) {
            case "A" -> AddressRules.isIpv4(content);
            case "AAAA" -> AddressRules.isIpv6(content);
            case "ANAME" -> AddressRules.isIpv4(content) || AddressRules.isIpv6(content)
                    || isHost(content);
            case "CNAME", "MX", "NS", "PTR" -> isHost(content);
            case "SRV" -> content.equals(".") || isHost(content);
            case "CAA" -> CAA.matcher(content).matches();
            case "Redirect" -> isHttpUrl(content);
            default -> true;
        };
    }

    private static boolean isHost(String content) {
        try {
            checkName("", content);
            return !content.equals("@") && !content.contains("*");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isHttpUrl(String content) {
        try {
            URI uri = new URI(content);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void checkRequired(String method, String type, Map<String, Object> params) {
        if (RecordRules.appliesTo("content", type) && !params.containsKey("content")) {
            throw new IllegalArgumentException(method + ": missing content for type " + type
                    + "; give " + expected(type));
        }
        for (String field : REQUIRED.getOrDefault(type, List.of())) {
            if (!params.containsKey(field)) {
                throw new IllegalArgumentException(method + ": missing " + field
                        + " for type " + type + "; a " + type + " record needs "
                        + String.join(", ", REQUIRED.get(type)));
            }
        }
    }

    private static String forType(String type) {
        return type == null ? "" : " for type " + type;
    }

    /** Describes the content a record of {@code type} needs, with an example. */
    private static String expected(String type) {
        String described = type == null ? null : switch (type) {
            case "A" -> "an IPv4 address such as 192.0.2.1";
            case "AAAA" -> "an IPv6 address such as 2001:db8::1";
            case "ANAME" -> "a host name or an IP address";
            case "CNAME", "NS", "PTR" -> "a host name such as host.example.com";
            case "MX" -> "the mail server's host name such as mail.example.com";
            case "SRV" -> "the target's host name such as sip.example.com";
            case "CAA" -> "flags, tag and value such as 0 issue \"ca.example.net\"";
            case "Redirect" -> "an http or https URL such as https://example.com/";
            default -> null;
        };
        return described == null ? "the record's value" : described;
    }

    private static IllegalArgumentException invalid(String method, String field, String value,
            String fix) {
        return new IllegalArgumentException(method + ": invalid " + field + " '"
                + shorten(value) + "'; " + fix);
    }

    private static String shorten(String value) {
        return value.length() <= SHOWN_LENGTH ? value
                : value.substring(0, SHOWN_LENGTH) + "... (" + value.length() + " characters)";
    }
}

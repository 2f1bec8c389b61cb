package org.njalla4j.acme;

import java.net.IDN;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Normalizes and checks the names of a certificate order. */
public final class DomainNames {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]+(%[\\w.-]+)?");

    private DomainNames() {
    }

    /**
     * Converts names to lower-case A-labels without a trailing dot, keeping a leading
     * {@code *.} and the first occurrence of duplicates.
     *
     * @throws IllegalArgumentException naming the first invalid name and why
     */
    public static List<String> normalize(List<String> names) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no domain given: pass at least one -d NAME");
        }
        Set<String> result = new LinkedHashSet<>();
        for (String name : names) {
            result.add(normalize(name));
        }
        return List.copyOf(new ArrayList<>(result));
    }

    /** Normalizes one name; see {@link #normalize(List)}. */
    public static String normalize(String name) {
        String trimmed = name.strip();
        if (trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (isIpAddress(trimmed)) {
            throw invalid(name, "it is an IP address, and DNS-01 can validate only domain"
                    + " names; give a domain name such as example.com");
        }
        boolean wildcard = trimmed.startsWith("*.");
        String base = wildcard ? trimmed.substring(2) : trimmed;
        String ascii;
        try {
            ascii = IDN.toASCII(base, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw invalid(name, "it is not a valid domain name");
        }
        check(name, ascii);
        return wildcard ? "*." + ascii : ascii;
    }

    /**
     * Returns whether {@code value} is an IPv4 or IPv6 literal, with or without brackets.
     * A name whose last label is all digits counts as IPv4, because no top-level domain is
     * numeric.
     */
    static boolean isIpAddress(String value) {
        String bare = value.replaceAll("^\\[|\\]$", "");
        if (bare.contains(":")) {
            return IPV6.matcher(bare).matches();
        }
        String last = bare.substring(bare.lastIndexOf('.') + 1);
        return !last.isEmpty() && last.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static void check(String original, String ascii) {
        if (ascii.length() > 253) {
            throw invalid(original, "it is longer than 253 characters");
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2) {
            throw invalid(original, "it needs at least two labels, such as example.com");
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw invalid(original, "label '" + label + "' is empty or has invalid"
                        + " characters (only one leading *. is allowed)");
            }
        }
    }

    private static IllegalArgumentException invalid(String name, String reason) {
        return new IllegalArgumentException("invalid domain '" + name + "': " + reason);
    }
}

package org.njalla4j.client;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks IPv4 and IPv6 address literals and CIDR networks without any DNS lookup, for
 * record content and for the {@code from} list of API tokens.
 */
public final class AddressRules {

    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final Pattern PREFIX_LENGTH = Pattern.compile("\\d{1,3}");

    private AddressRules() {
    }

    /** Whether {@code text} is an IPv4 address in dotted-quad form, such as 192.0.2.1. */
    public static boolean isIpv4(String text) {
        return text != null && IPV4.matcher(text).matches();
    }

    /** Whether {@code text} is an IPv6 address, such as 2001:db8::1, without a zone id. */
    public static boolean isIpv6(String text) {
        if (text == null || !text.contains(":") || !IPV6_CHARACTERS.matcher(text).matches()) {
            return false;
        }
        try {
            // In brackets the JDK parses the text only as an IPv6 literal and never
            // falls back to a DNS lookup.
            InetAddress.getByName("[" + text + "]");
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Whether {@code text} is an IPv4 or IPv6 address, or a network in CIDR form such as
     * 192.0.2.0/24 or 2001:db8::/32.
     */
    public static boolean isNetwork(String text) {
        if (text == null) {
            return false;
        }
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        int bits = isIpv4(address) ? 32 : isIpv6(address) ? 128 : -1;
        if (bits < 0 || slash < 0) {
            return bits > 0;
        }
        String length = text.substring(slash + 1);
        return PREFIX_LENGTH.matcher(length).matches() && Integer.parseInt(length) <= bits;
    }

    /**
     * Checks that every entry of {@code networks} is an address or CIDR network.
     *
     * @param method wire name used in the message, such as {@code add-token}
     * @param networks the entries of the {@code from} list
     * @throws IllegalArgumentException naming the method, the first invalid entry and the fix
     */
    public static void checkNetworks(String method, List<String> networks) {
        Objects.requireNonNull(networks, "networks");
        for (String network : networks) {
            if (!isNetwork(network == null ? null : network.strip())) {
                throw new IllegalArgumentException(method + ": invalid from entry '" + network
                        + "'; use an IPv4 or IPv6 address or a CIDR network such as"
                        + " 192.0.2.0/24 or 2001:db8::/32");
            }
        }
    }
}

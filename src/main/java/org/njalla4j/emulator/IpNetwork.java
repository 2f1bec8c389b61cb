package org.njalla4j.emulator;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import org.xbill.DNS.Address;

/**
 * An IPv4 or IPv6 address or CIDR network from a token's {@code from} list, such as
 * {@code 192.168.0.0/24} or {@code 2001:db8::/32}. A bare address is a /32 or /128.
 */
final class IpNetwork {

    private final byte[] prefix;
    private final int length;

    private IpNetwork(byte[] prefix, int length) {
        this.prefix = prefix;
        this.length = length;
    }

    /**
     * Parses an address literal with an optional prefix length. Host names are rejected,
     * so parsing never starts a DNS lookup.
     *
     * @throws IllegalArgumentException when the value is not an address or network
     */
    static IpNetwork parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.strip().split("/", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("invalid network: " + text);
        }
        byte[] address = literal(parts[0]);
        if (address == null) {
            throw new IllegalArgumentException("invalid address: " + text);
        }
        int bits = address.length * 8;
        int length = bits;
        if (parts.length == 2) {
            if (!parts[1].matches("\\d{1,3}") || Integer.parseInt(parts[1]) > bits) {
                throw new IllegalArgumentException("invalid prefix length: " + text);
            }
            length = Integer.parseInt(parts[1]);
        }
        return new IpNetwork(address, length);
    }

    private static byte[] literal(String text) {
        byte[] v4 = Address.toByteArray(text, Address.IPv4);
        return v4 != null ? v4 : Address.toByteArray(text, Address.IPv6);
    }

    /** Whether {@code address} lies in this network; IPv4-mapped IPv6 counts as IPv4. */
    boolean contains(InetAddress address) {
        byte[] candidate = unmapped(address.getAddress());
        if (candidate.length != prefix.length) {
            return false;
        }
        for (int bit = 0; bit < length; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((candidate[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] unmapped(byte[] address) {
        if (address.length != 16) {
            return address;
        }
        for (int i = 0; i < 10; i++) {
            if (address[i] != 0) {
                return address;
            }
        }
        if (address[10] != (byte) 0xff || address[11] != (byte) 0xff) {
            return address;
        }
        try {
            return InetAddress.getByAddress(java.util.Arrays.copyOfRange(address, 12, 16))
                    .getAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}

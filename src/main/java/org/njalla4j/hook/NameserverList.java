package org.njalla4j.hook;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/** Parses {@code host:port} lists such as {@code 127.0.0.1:5353,[::1]:5353}. */
final class NameserverList {

    /** Port used for an entry without one. */
    static final int DNS_PORT = 53;

    private NameserverList() {
    }

    /**
     * Parses a comma-separated list; null gives an empty list. A host name is resolved
     * once, here.
     *
     * @throws HookException naming {@code key} and the entry that is invalid
     */
    static List<InetSocketAddress> parse(String key, String value) throws HookException {
        List<InetSocketAddress> servers = new ArrayList<>();
        if (value == null) {
            return servers;
        }
        for (String entry : value.split(",")) {
            servers.add(parseEntry(key, entry.strip()));
        }
        return servers;
    }

    private static InetSocketAddress parseEntry(String key, String entry) throws HookException {
        String host = entry;
        String port = null;
        if (entry.startsWith("[")) {
            int close = entry.indexOf(']');
            if (close < 0) {
                throw invalid(key, entry);
            }
            host = entry.substring(1, close);
            String rest = entry.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw invalid(key, entry);
                }
                port = rest.substring(1);
            }
        } else if (entry.indexOf(':') >= 0 && entry.indexOf(':') == entry.lastIndexOf(':')) {
            host = entry.substring(0, entry.indexOf(':'));
            port = entry.substring(entry.indexOf(':') + 1);
        }
        if (host.isEmpty()) {
            throw invalid(key, entry);
        }
        InetSocketAddress address = new InetSocketAddress(host, port(key, entry, port));
        if (address.isUnresolved()) {
            throw HookException.invalid(key + ": cannot resolve host '" + host
                    + "'; use an IP address or a resolvable name");
        }
        return address;
    }

    private static int port(String key, String entry, String port) throws HookException {
        if (port == null) {
            return DNS_PORT;
        }
        try {
            int number = Integer.parseInt(port);
            if (number >= 1 && number <= 65535) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Reported below with the expected form.
        }
        throw invalid(key, entry);
    }

    private static HookException invalid(String key, String entry) {
        return HookException.invalid("invalid " + key + " entry '" + entry + "'; use host:port"
                + " separated by commas, such as 127.0.0.1:53 or [::1]:53");
    }
}

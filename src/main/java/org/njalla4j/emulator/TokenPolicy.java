package org.njalla4j.emulator;

import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The restrictions of the credential behind one request. A login session and a token
 * without lists may do everything. Each non-empty list of a token narrows what it may
 * do, and a call outside a list fails with 403 "permission denied".
 */
final class TokenPolicy {

    static final TokenPolicy UNRESTRICTED = new TokenPolicy(new TokenState());

    private static final Set<String> TOKEN_METHODS =
            Set.of("add-token", "edit-token", "list-tokens", "remove-token");

    private final TokenState token;

    TokenPolicy(TokenState token) {
        this.token = token;
    }

    /** Whether a request from {@code remote} may use the token. */
    boolean allowsFrom(InetAddress remote) {
        if (token.from.isEmpty()) {
            return true;
        }
        for (String network : token.from) {
            if (IpNetwork.parse(network).contains(remote)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks the method list. A token limited to some domains, servers, prefixes or types
     * may not manage tokens unless its method list names the token method, because a new
     * unrestricted token would escape those limits. NOTE: how the real service guards
     * token methods is not documented.
     */
    void checkMethod(String method) {
        if (!token.allowedMethods.isEmpty() && !token.allowedMethods.contains(method)) {
            throw ApiError.permissionDenied();
        }
        boolean limited = !token.allowedDomains.isEmpty() || !token.allowedServers.isEmpty()
                || !token.allowedPrefixes.isEmpty() || !token.allowedTypes.isEmpty();
        if (limited && TOKEN_METHODS.contains(method)
                && !token.allowedMethods.contains(method)) {
            throw ApiError.permissionDenied();
        }
    }

    boolean allowsDomain(String domain) {
        return token.allowedDomains.isEmpty() || token.allowedDomains.contains(domain);
    }

    void checkDomain(String domain) {
        if (!allowsDomain(domain)) {
            throw ApiError.permissionDenied();
        }
    }

    boolean allowsServer(String id) {
        return token.allowedServers.isEmpty() || token.allowedServers.contains(id);
    }

    void checkServer(String id) {
        if (!allowsServer(id)) {
            throw ApiError.permissionDenied();
        }
    }

    /** Checks that the token may create a server: a server allow-list forbids it. */
    void checkNewServer() {
        if (!token.allowedServers.isEmpty()) {
            throw ApiError.permissionDenied();
        }
    }

    /**
     * Whether a record with this relative name and type is within the prefix and type
     * lists. A name matches a prefix when it equals the prefix or continues it with a
     * dot, so prefix {@code _acme-challenge} allows {@code _acme-challenge} and
     * {@code _acme-challenge.www}, but neither {@code _acme-challengex} nor {@code www}.
     */
    boolean allowsRecord(String name, String type) {
        return allowsType(type) && allowsName(name);
    }

    void checkRecord(String name, String type) {
        if (!allowsRecord(name, type)) {
            throw ApiError.permissionDenied();
        }
    }

    private boolean allowsType(String type) {
        return token.allowedTypes.isEmpty()
                || token.allowedTypes.stream().anyMatch(t -> t.equalsIgnoreCase(type));
    }

    private boolean allowsName(String name) {
        List<String> prefixes = token.allowedPrefixes;
        if (prefixes.isEmpty()) {
            return true;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String prefix : prefixes) {
            String p = prefix.toLowerCase(Locale.ROOT);
            if (lower.equals(p) || lower.startsWith(p + ".")) {
                return true;
            }
        }
        return false;
    }
}

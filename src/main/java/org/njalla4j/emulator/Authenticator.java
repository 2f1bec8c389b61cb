package org.njalla4j.emulator;

import com.sun.net.httpserver.HttpExchange;
import java.net.InetAddress;
import java.util.List;

/**
 * Finds the credential of a request: an {@code Authorization: Njalla <token>} header or
 * a {@code sessionid} cookie from login. A request with neither may only call
 * {@code login} and {@code logout}. Every failure is 403 "permission denied".
 * NOTE: the real service's reply to an unknown token was never captured; 403 is the
 * code it uses for every other authorisation failure.
 */
final class Authenticator {

    static final String SESSION_COOKIE = "sessionid";
    private static final String SCHEME = "Njalla ";

    private final EmulatorState state;

    /** The restrictions that apply and the session id, if the request had one. */
    record Access(TokenPolicy policy, String sessionId) {
    }

    Authenticator(EmulatorState state) {
        this.state = state;
    }

    /** Authorises one call; the caller holds the state's monitor. */
    Access authorize(HttpExchange exchange, String method, InetAddress remote) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        String sessionId = sessionId(exchange.getRequestHeaders().get("Cookie"));
        if (state.account.deleted) {
            throw ApiError.permissionDenied();
        }
        if (header != null) {
            return new Access(tokenPolicy(header, method, remote), sessionId);
        }
        if (sessionId != null && state.sessions.containsKey(sessionId)) {
            return new Access(TokenPolicy.UNRESTRICTED, sessionId);
        }
        if (method.equals("login") || method.equals("logout")) {
            return new Access(TokenPolicy.UNRESTRICTED, sessionId);
        }
        throw ApiError.permissionDenied();
    }

    private TokenPolicy tokenPolicy(String header, String method, InetAddress remote) {
        if (!header.startsWith(SCHEME)) {
            throw ApiError.permissionDenied();
        }
        String key = header.substring(SCHEME.length()).strip();
        TokenState token = state.token(key).orElseThrow(ApiError::permissionDenied);
        TokenPolicy policy = new TokenPolicy(token);
        if (!policy.allowsFrom(remote)) {
            throw ApiError.permissionDenied();
        }
        policy.checkMethod(method);
        return policy;
    }

    private static String sessionId(List<String> cookieHeaders) {
        if (cookieHeaders == null) {
            return null;
        }
        for (String header : cookieHeaders) {
            for (String cookie : header.split(";")) {
                String[] pair = cookie.strip().split("=", 2);
                if (pair.length == 2 && pair[0].equals(SESSION_COOKIE)) {
                    return pair[1];
                }
            }
        }
        return null;
    }
}

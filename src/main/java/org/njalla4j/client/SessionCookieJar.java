package org.njalla4j.client;

import java.util.ArrayList;
import java.util.List;
import okhttp3.Cookie;
import okhttp3.CookieJar;
import okhttp3.HttpUrl;

/**
 * Keeps the cookies of a login session ({@code csrftoken}, {@code sessionid}). Njalla sets
 * these cookies on every response, so the jar stores nothing until a login starts; token
 * clients therefore never send cookies.
 */
final class SessionCookieJar implements CookieJar {

    private final List<Cookie> cookies = new ArrayList<>();
    private boolean accepting;

    /** Starts storing cookies that responses set, from the login request on. */
    synchronized void startSession() {
        accepting = true;
    }

    /** Forgets every cookie and stops storing new ones. */
    synchronized void endSession() {
        accepting = false;
        cookies.clear();
    }

    synchronized boolean hasCookies() {
        return !cookies.isEmpty();
    }

    /** Value of the named cookie for {@code url}, or null. */
    synchronized String value(HttpUrl url, String name) {
        for (Cookie cookie : loadForRequest(url)) {
            if (cookie.name().equals(name)) {
                return cookie.value();
            }
        }
        return null;
    }

    @Override
    public synchronized void saveFromResponse(HttpUrl url, List<Cookie> received) {
        if (!accepting) {
            return;
        }
        for (Cookie cookie : received) {
            cookies.removeIf(old -> old.name().equals(cookie.name())
                    && old.domain().equals(cookie.domain()) && old.path().equals(cookie.path()));
            cookies.add(cookie);
        }
    }

    @Override
    public synchronized List<Cookie> loadForRequest(HttpUrl url) {
        long now = System.currentTimeMillis();
        cookies.removeIf(cookie -> cookie.expiresAt() < now);
        List<Cookie> matching = new ArrayList<>();
        for (Cookie cookie : cookies) {
            if (cookie.matches(url)) {
                matching.add(cookie);
            }
        }
        return matching;
    }

    @Override
    public String toString() {
        return "SessionCookieJar{cookies=" + (hasCookies() ? "(redacted)" : "none") + "}";
    }
}

package org.njalla4j.client;

import java.util.Map;
import java.util.Objects;

/**
 * Account session methods of the Njalla API. A successful login keeps the session
 * cookies in the client, so later calls are authenticated without a token until
 * {@link #logout()}. The password is sent once and not kept.
 */
public final class UserApi {

    private final NjallaClient client;

    UserApi(NjallaClient client) {
        this.client = client;
    }

    /** {@code login}: starts a cookie session with the account's email address. */
    public void login(String email, String password) throws NjallaException {
        Objects.requireNonNull(email, "email");
        startSession("email", email, password);
    }

    /** {@code login}: starts a cookie session with the account's XMPP address. */
    public void loginXmpp(String xmpp, String password) throws NjallaException {
        Objects.requireNonNull(xmpp, "xmpp");
        startSession("xmpp", xmpp, password);
    }

    /** {@code logout}: ends the session; the client forgets its cookies even if the call fails. */
    public void logout() throws NjallaException {
        try {
            client.call("logout", Map.of());
        } finally {
            client.cookies().endSession();
        }
    }

    /**
     * {@code delete-account}: deletes the account. Njalla allows this only when every
     * domain and server is gone and the wallet is empty. The session ends on success.
     */
    public void deleteAccount() throws NjallaException {
        client.call("delete-account", Map.of());
        client.cookies().endSession();
    }

    private void startSession(String field, String account, String password)
            throws NjallaException {
        Objects.requireNonNull(password, "password");
        if (account.isBlank() || password.isEmpty()) {
            throw new IllegalArgumentException("login: empty " + (account.isBlank() ? field
                    : "password") + "; give the account's " + field + " and password");
        }
        SessionCookieJar cookies = client.cookies();
        cookies.endSession();
        cookies.startSession();
        try {
            client.call("login", Params.of(field, account, "password", password));
        } catch (NjallaException | RuntimeException e) {
            cookies.endSession();
            throw e;
        }
    }
}

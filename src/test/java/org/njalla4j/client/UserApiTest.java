package org.njalla4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserApiTest {

    static final String PASSWORD = "correct horse battery staple";
    private static final String SESSION = "sessionid=s3ss10nv4lu3; Path=/; HttpOnly";
    private static final String CSRF = "csrftoken=csrfv4lu3; Path=/";

    private MockNjalla mock;
    private NjallaClient client;

    @BeforeEach
    void start() throws Exception {
        mock = new MockNjalla();
        client = NjallaClient.builder().apiUrl(mock.apiUrl()).build();
    }

    @AfterEach
    void stop() throws Exception {
        mock.close();
    }

    private void enqueueLoginSuccess() {
        mock.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
                .addHeader("Set-Cookie", CSRF).addHeader("Set-Cookie", SESSION)
                .setBody("{\"result\": {}, \"jsonrpc\": \"2.0\"}"));
    }

    @Test
    void login_keepsCookiesForLaterCalls() throws Exception {
        enqueueLoginSuccess();
        mock.enqueueResult("{\"domains\": []}");

        client.user().login("owner@example.com", PASSWORD);
        client.domains().list();

        RecordedRequest login = mock.take();
        assertNull(login.getHeader("Authorization"));
        RecordedRequest next = mock.take();
        assertTrue(next.getHeader("Cookie").contains("sessionid=s3ss10nv4lu3"));
        assertEquals("csrfv4lu3", next.getHeader("X-CSRFToken"));
        assertNull(next.getHeader("Authorization"));
        assertTrue(client.hasSession());
    }

    @Test
    void loginXmpp_sendsXmppField() throws Exception {
        enqueueLoginSuccess();

        client.user().loginXmpp("owner@xmpp.example.org", PASSWORD);

        var params = MockNjalla.body(mock.take()).get("params");
        assertEquals("owner@xmpp.example.org", params.get("xmpp").asText());
        assertFalse(params.has("email"));
    }

    @Test
    void logout_forgetsCookies() throws Exception {
        enqueueLoginSuccess();
        mock.enqueueResult("{}");
        mock.enqueueResult("{\"domains\": []}");

        client.user().login("owner@example.com", PASSWORD);
        client.user().logout();
        client.domains().list();

        mock.take();
        assertTrue(mock.take().getHeader("Cookie").contains("sessionid"));
        assertNull(mock.take().getHeader("Cookie"));
        assertFalse(client.hasSession());
    }

    @Test
    void login_failed_keepsNoCookiesAndHidesPassword() throws Exception {
        mock.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
                .addHeader("Set-Cookie", SESSION)
                .setBody("{\"error\": {\"code\": 403, \"message\": \"Invalid login\"}}"));

        NjallaApiException e = assertThrows(NjallaApiException.class,
                () -> client.user().login("owner@example.com", PASSWORD));

        assertFalse(e.getMessage().contains(PASSWORD));
        assertFalse(client.hasSession());
        assertFalse(client.toString().contains(PASSWORD));
    }

    @Test
    void tokenClient_ignoresCookiesFromResponses() throws Exception {
        NjallaClient tokenClient = mock.client();
        mock.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
                .addHeader("Set-Cookie", SESSION).setBody("{\"result\": {\"domains\": []}}"));
        mock.enqueueResult("{\"domains\": []}");

        tokenClient.domains().list();
        tokenClient.domains().list();

        mock.take();
        assertNull(mock.take().getHeader("Cookie"));
        assertFalse(tokenClient.hasSession());
    }

    @Test
    void login_emptyPassword_rejectedBeforeSending() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> client.user().login("owner@example.com", ""));

        assertEquals("login: empty password; give the account's email and password",
                e.getMessage());
        assertEquals(0, mock.server.getRequestCount());
    }

    @Test
    void toString_showsNoSessionValue() throws Exception {
        enqueueLoginSuccess();

        client.user().login("owner@example.com", PASSWORD);

        assertFalse(client.toString().contains("s3ss10nv4lu3"), client.toString());
        assertTrue(client.toString().contains("session=(redacted)"), client.toString());
    }
}

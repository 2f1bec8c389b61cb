package org.njalla4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

    private static final String OWN_TOKEN = "my-own-token-not-hex";
    private final Redactor redactor = new Redactor(OWN_TOKEN);

    @ParameterizedTest
    @ValueSource(strings = {"key", "password", "Password", "sessionid", "csrftoken", "token"})
    void redact_secretMember_masked(String field) {
        String redacted = redactor.redact("{\"params\": {\"" + field + "\": \"hunter2\"}}");

        assertEquals("{\"params\":{\"" + field + "\":\"(redacted)\"}}", redacted);
    }

    @Test
    void redact_ownTokenAnywhere_masked() {
        assertEquals("{\"message\":\"bad token (redacted)\"}",
                redactor.redact("{\"message\": \"bad token " + OWN_TOKEN + "\"}"));
        assertEquals("<p>(redacted)</p>", redactor.redact("<p>" + OWN_TOKEN + "</p>"));
    }

    @Test
    void redact_fortyHexValue_masked() {
        String redacted = redactor.redact("[\"8a3cb4afb4147ac13daf3a453dd855e6cf88fa01\"]");

        assertEquals("[\"(redacted)\"]", redacted);
    }

    @Test
    void redact_dynamicUpdateUrlKey_masked() {
        String redacted = redactor.redact("{\"update_url\": "
                + "\"https://njal.la/update/?h=example.com&k=mh4itwa&auto\"}");

        assertTrue(redacted.contains("&k=(redacted)&auto"), redacted);
        assertFalse(redacted.contains("mh4itwa"), redacted);
    }

    @Test
    void redact_truncatedJson_secretMemberMasked() {
        String redacted = redactor.redact("{\"result\": {\"password\": \"hunter2\", \"na");

        assertFalse(redacted.contains("hunter2"), redacted);
    }

    @Test
    void redact_ordinaryFields_unchanged() {
        String body = "{\"domain\":\"example.com\",\"ttl\":60,\"content\":\"abc\"}";

        assertEquals(body, redactor.redact(body));
    }

    @Test
    void redact_nullSecretMember_keptNull() {
        assertEquals("{\"key\":null}", redactor.redact("{\"key\": null}"));
    }
}

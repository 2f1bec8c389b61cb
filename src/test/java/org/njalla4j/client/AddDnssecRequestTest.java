package org.njalla4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AddDnssecRequestTest {

    @Test
    void publicKey_sendsNoDsFields() {
        AddDnssecRequest request = AddDnssecRequest.publicKey("example.com", 15, "l02W=");

        assertEquals("l02W=", request.toParams().get("public_key"));
        assertFalse(request.toParams().containsKey("digest"));
    }

    @Test
    void ds_keyTagOutOfRange_rejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AddDnssecRequest.ds("example.com", 13, 70000, 2, "ab"));

        assertEquals("add-dnssec: invalid key_tag 70000; use a value from 0 to 65535",
                e.getMessage());
    }
}

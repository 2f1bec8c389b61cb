package org.njalla4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EditVpnRequestTest {

    @Test
    void backend_unknown_rejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EditVpnRequest.builder("vpn-1").backend("ipsec"));

        assertEquals("edit-vpn: invalid backend 'ipsec'; use wireguard or openvpn",
                e.getMessage());
    }
}

package org.njalla4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.1", "0.0.0.0", "10.0.0.0/8", "192.0.2.7/32", "2001:db8::1",
        "::1", "2001:db8::/32", "::ffff:192.0.2.1", "::/0"})
    void isNetwork_addressOrCidr_true(String text) {
        assertTrue(AddressRules.isNetwork(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"notanip", "", "256.0.0.1", "1.2.3", "01.2.3.4", "10.0.0.0/33",
        "2001:db8::/129", "10.0.0.0/", "10.0.0.0/x", "fe80::1%eth0", "example.com",
        "1.2.3.4/8/9", "gggg::1", "[::1]"})
    void isNetwork_otherText_false(String text) {
        assertFalse(AddressRules.isNetwork(text));
    }

    @Test
    void isIpv6_ipv4Text_false() {
        assertFalse(AddressRules.isIpv6("1.2.3.4"));
    }

    @Test
    void checkNetworks_invalidEntry_namesIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AddressRules.checkNetworks("add-token", List.of("10.0.0.0/8", "notanip")));

        assertTrue(e.getMessage().startsWith("add-token: invalid from entry 'notanip'"),
                e.getMessage());
    }

    @Test
    void addTokenRequest_invalidFrom_rejected() {
        AddTokenRequest.Builder builder = AddTokenRequest.builder().from(List.of("notanip"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                builder::build);

        assertTrue(e.getMessage().startsWith("add-token: "), e.getMessage());
    }

    @Test
    void editTokenRequest_validFrom_kept() {
        EditTokenRequest request = EditTokenRequest.builder("key")
                .from(List.of("192.0.2.0/24")).build();

        assertEquals(List.of("192.0.2.0/24"), request.toParams().get("from"));
    }
}

package org.njalla4j.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpNetworkTest {

    @ParameterizedTest
    @CsvSource({
        "192.168.0.0/24, 192.168.0.77, true",
        "192.168.0.0/24, 192.168.1.1, false",
        "8.8.8.8, 8.8.8.8, true",
        "8.8.8.8, 8.8.8.9, false",
        "0.0.0.0/0, 203.0.113.5, true",
        "10.0.0.0/8, ::ffff:10.2.3.4, true",
        "2001:db8::/32, 2001:db8:1::1, true",
        "2001:db8::/32, 2001:db9::1, false",
        "::1, ::1, true",
        "::1, 127.0.0.1, false",
        "127.0.0.1, ::1, false",
        "172.16.0.0/12, 172.31.255.255, true",
        "172.16.0.0/12, 172.32.0.0, false",
    })
    void contains_matchesPrefix(String network, String address, boolean expected)
            throws Exception {
        assertEquals(expected, IpNetwork.parse(network).contains(InetAddress.getByName(address)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "10.0.0.0/33", "2001:db8::/129", "1.2.3", "10.0.0.0/x",
        "1.2.3.4/8/8", ""})
    void parse_rejectsInvalid(String text) {
        assertThrows(IllegalArgumentException.class, () -> IpNetwork.parse(text));
    }
}

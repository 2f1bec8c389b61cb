package org.njalla4j.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DomainNamesTest {

    @ParameterizedTest
    @CsvSource({
        "example.com, example.com",
        "Example.COM., example.com",
        "*.example.com, *.example.com",
        "bücher.example, xn--bcher-kva.example",
        "*.bücher.example, *.xn--bcher-kva.example",
        "a.b.example.co.uk, a.b.example.co.uk"})
    void normalize_convertsToLowerCaseALabels(String input, String expected) {
        assertEquals(expected, DomainNames.normalize(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"com", "bad..name", "*.*.example.com", "exa mple.com",
        "-lead.example.com", "a*.example.com", "x.*.example.com"})
    void normalize_rejectsInvalidNames(String input) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DomainNames.normalize(input));
        assertTrue(e.getMessage().contains("'" + input + "'"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3.4", "127.0.0.1.", "*.10.0.0.1", "::1", "[::1]",
        "2001:db8::1", "::ffff:192.0.2.1", "fe80::1%eth0"})
    void normalize_rejectsIpAddresses(String input) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DomainNames.normalize(input));
        assertTrue(e.getMessage().contains("'" + input + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("IP address"), e.getMessage());
    }

    @Test
    void normalize_dropsDuplicatesKeepingOrder() {
        assertEquals(List.of("example.com", "*.example.com"),
                DomainNames.normalize(List.of("example.com", "*.example.com", "EXAMPLE.com")));
    }

    @Test
    void normalize_rejectsEmptyList() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DomainNames.normalize(List.of()));
        assertTrue(e.getMessage().contains("-d"), e.getMessage());
    }
}

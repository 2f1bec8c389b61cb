package org.njalla4j.dns01;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
        "example.com, _acme-challenge.example.com",
        "*.example.com, _acme-challenge.example.com",
        "www.example.com, _acme-challenge.www.example.com",
        "WWW.Example.COM., _acme-challenge.www.example.com",
        "bücher.example, _acme-challenge.xn--bcher-kva.example",
        "*.Bücher.example, _acme-challenge.xn--bcher-kva.example",
        "xn--bcher-kva.example, _acme-challenge.xn--bcher-kva.example",
        "app.example.co.uk, _acme-challenge.app.example.co.uk",
    })
    void challengeName_normalisesIdentifier(String identifier, String expected) {
        assertEquals(expected, DomainNames.challengeName(identifier));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "*.", "a..b.com", "www.*.example.com", "*.*.example.com"})
    void challengeName_rejectsInvalidIdentifier(String identifier) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DomainNames.challengeName(identifier));
        assertTrue(e.getMessage().contains("'" + identifier + "'")
                || e.getMessage().contains("invalid"), e.getMessage());
    }

    @Test
    void toAscii_stripsTrailingDotAndLowerCases() {
        assertEquals("example.com", DomainNames.toAscii("Example.COM."));
    }

    @ParameterizedTest
    @CsvSource({
        "example.com, example.com, true",
        "www.example.com, example.com, true",
        "a.b.example.com, example.com, true",
        "badexample.com, example.com, false",
        "example.com, www.example.com, false",
        "example.com.evil.net, example.com, false",
    })
    void isInZone_checksLabelBoundary(String name, String zone, boolean expected) {
        assertEquals(expected, DomainNames.isInZone(name, zone));
    }

    @ParameterizedTest
    @CsvSource({
        "_acme-challenge.example.com, example.com, _acme-challenge",
        "_acme-challenge.www.example.com, example.com, _acme-challenge.www",
        "_acme-challenge.a.b.example.co.uk, example.co.uk, _acme-challenge.a.b",
        "example.com, example.com, @",
    })
    void relativeName_stripsZone(String fqdn, String zone, String expected) {
        assertEquals(expected, DomainNames.relativeName(fqdn, zone));
    }

    @Test
    void relativeName_rejectsNameOutsideZone() {
        assertThrows(IllegalArgumentException.class,
                () -> DomainNames.relativeName("_acme-challenge.badexample.com", "example.com"));
    }

    @Test
    void zoneCandidates_longestFirstWithoutTld() {
        assertEquals(List.of("app.example.co.uk", "example.co.uk", "co.uk"),
                DomainNames.zoneCandidates("_acme-challenge.app.example.co.uk"));
    }

    @Test
    void zoneCandidates_skipsUnderscoreLabels() {
        assertEquals(List.of("example.com"),
                DomainNames.zoneCandidates("_acme-challenge.example.com"));
        assertEquals(List.of("x.example.net", "example.net"),
                DomainNames.zoneCandidates("_foo._acme-challenge.x.example.net"));
    }

    @Test
    void zoneCandidates_bareTldHasNone() {
        assertEquals(List.of(), DomainNames.zoneCandidates("com"));
    }

    @Test
    void longestMatchingZone_prefersSubZone() {
        List<String> zones = List.of("example.com", "sub.example.com", "badexample.com");
        assertEquals("sub.example.com",
                DomainNames.longestMatchingZone("_acme-challenge.www.sub.example.com", zones));
        assertEquals("example.com",
                DomainNames.longestMatchingZone("_acme-challenge.example.com", zones));
    }

    @Test
    void longestMatchingZone_respectsBoundary() {
        assertNull(DomainNames.longestMatchingZone("_acme-challenge.badexample.com",
                List.of("example.com")));
        assertFalse(DomainNames.isInZone("xexample.com", "example.com"));
    }
}

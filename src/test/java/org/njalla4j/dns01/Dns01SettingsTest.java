package org.njalla4j.dns01;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Dns01SettingsTest {

    @Test
    void defaults_matchDocumentedValues() {
        Dns01Settings settings = Dns01Settings.defaults();
        assertEquals(60, settings.ttl());
        assertEquals(Duration.ofSeconds(300), settings.propagationTimeout());
        assertEquals(Duration.ofSeconds(2), settings.propagationInterval());
        assertEquals(List.of(), settings.nameservers());
        assertEquals(List.of(), settings.zones());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 30, 120, 600})
    void ttl_rejectsValueNjallaDoesNotOffer(int ttl) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dns01Settings.defaults().withTtl(ttl));
        assertTrue(e.getMessage().contains("invalid ttl " + ttl), e.getMessage());
    }

    @Test
    void withCopies_changeOneField() {
        InetSocketAddress server = new InetSocketAddress("127.0.0.1", 5353);
        Dns01Settings settings = Dns01Settings.defaults()
                .withTtl(300)
                .withPropagationTimeout(Duration.ofSeconds(30))
                .withPropagationInterval(Duration.ofMillis(500))
                .withNameservers(List.of(server))
                .withZones(List.of("Bücher.Example."));
        assertEquals(300, settings.ttl());
        assertEquals(Duration.ofSeconds(30), settings.propagationTimeout());
        assertEquals(Duration.ofMillis(500), settings.propagationInterval());
        assertEquals(List.of(server), settings.nameservers());
        assertEquals(List.of("xn--bcher-kva.example"), settings.zones());
    }

    @Test
    void propagationInterval_rejectsZero() {
        assertThrows(IllegalArgumentException.class,
                () -> Dns01Settings.defaults().withPropagationInterval(Duration.ZERO));
    }

    @Test
    void zones_rejectBareTld() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dns01Settings.defaults().withZones(List.of("com")));
        assertTrue(e.getMessage().contains("'com'"), e.getMessage());
    }

    @Test
    void nameservers_rejectUnresolvedHost() {
        InetSocketAddress host = InetSocketAddress.createUnresolved("ns.example.net", 53);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dns01Settings.defaults().withNameservers(List.of(host)));
        assertTrue(e.getMessage().startsWith("invalid nameserver 'ns.example.net'"),
                e.getMessage());
    }
}

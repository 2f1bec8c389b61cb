package org.njalla4j.dns01;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationSyntaxTest {

    @ParameterizedTest
    @CsvSource({"30, PT30S", "30s, PT30S", "200ms, PT0.2S", "5m, PT5M", "1h, PT1H",
        "PT5M, PT5M", "pt2m, PT2M", " 10S , PT10S", "0, PT0S", "-5, PT-5S", "P1D, PT24H"})
    void parse_acceptsForms(String text, String expected) {
        assertEquals(Optional.of(Duration.parse(expected)), DurationSyntax.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "5x", "s", "ms", "1.5s", "99999999999999999999",
        "5 m"})
    void parse_rejectsOtherText(String text) {
        assertEquals(Optional.empty(), DurationSyntax.parse(text));
    }

    @Test
    void isPositiveUpToMax_bounds() {
        assertTrue(DurationSyntax.isPositiveUpToMax(Duration.ofMillis(1)));
        assertTrue(DurationSyntax.isPositiveUpToMax(Duration.ofHours(24)));
        assertFalse(DurationSyntax.isPositiveUpToMax(Duration.ZERO));
        assertFalse(DurationSyntax.isPositiveUpToMax(Duration.ofSeconds(-1)));
        assertFalse(DurationSyntax.isPositiveUpToMax(Duration.ofHours(24).plusMillis(1)));
    }
}

package org.njalla4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {

    private final DurationConverter converter = new DurationConverter();

    @ParameterizedTest
    @CsvSource({"30, PT30S", "30s, PT30S", "5m, PT5M", "1h, PT1H", "PT45S, PT45S",
        "pt2m, PT2M", "1500ms, PT1.5S", " 10S , PT10S", "1.5s, PT1.5S", "0.5s, PT0.5S",
        "2.5, PT2.5S", "1.5m, PT1M30S", "0.5ms, PT0.0005S", "24h, PT24H", "PT24H, PT24H",
        "24.0h, PT24H"})
    void convert_acceptsUnits(String value, String expected) {
        assertEquals(Duration.parse(expected), converter.convert(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "-5", "abc", "5x", "PT-1S", "s", "99999999999999999999",
        "1.s", ".5s", "1,5s", "1.5.5s", "0.0000000001s", "1e3s", "-1.5s", "0.0s",
        "25h", "86401", "P2D", "PT24H0.001S"})
    void convert_rejectsInvalid(String value) {
        assertThrows(TypeConversionException.class, () -> converter.convert(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"25h", "86401", "1441m", "999999999999h", "PT25H",
        "PT9999999999999999H", "24.001h", "999999999999.5h"})
    void convert_overMax_rejectedNamingMax(String value) {
        TypeConversionException e = assertThrows(TypeConversionException.class,
                () -> converter.convert(value));

        assertTrue(e.getMessage().contains("at most 24h"), e.getMessage());
    }

    @Test
    void zeroOrMore_readsUnits() {
        DurationConverter.ZeroOrMore converter = new DurationConverter.ZeroOrMore();
        assertEquals(Duration.ofMillis(500), converter.convert("500ms"));
        assertEquals(Duration.ofSeconds(5), converter.convert("5s"));
        assertEquals(Duration.ofMinutes(2), converter.convert("2m"));
        assertEquals(Duration.ofSeconds(7), converter.convert("PT7S"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0s", "0ms", "PT0S"})
    void zeroOrMore_acceptsZero(String value) {
        assertEquals(Duration.ZERO, new DurationConverter.ZeroOrMore().convert(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-5", "abc", "5x", "PT-1S", "s", "25h", "P2D"})
    void zeroOrMore_rejectsInvalid(String value) {
        DurationConverter.ZeroOrMore converter = new DurationConverter.ZeroOrMore();
        assertThrows(TypeConversionException.class, () -> converter.convert(value));
    }
}

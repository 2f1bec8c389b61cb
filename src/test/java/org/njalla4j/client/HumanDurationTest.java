package org.njalla4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HumanDurationTest {

    @ParameterizedTest
    @CsvSource({
        "0, 0 ms", "850, 850 ms", "999, 999 ms", "1000, 1 s", "1500, 1.5 s", "1549, 1.5 s",
        "9940, 9.9 s", "9950, 10 s", "30004, 30 s", "59499, 59 s", "59500, 1 min",
        "123000, 2 min 3 s", "3599000, 59 min 59 s", "3600000, 1 h", "3900000, 1 h 5 min",
        "90061000, 25 h 1 min",
    })
    void format_millis_humanUnits(long millis, String expected) {
        assertEquals(expected, HumanDuration.format(Duration.ofMillis(millis)));
    }
}

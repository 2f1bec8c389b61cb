package org.njalla4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC);
    private final RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(400), CLOCK);

    @ParameterizedTest
    @CsvSource({"0, 0", "2, 2", "29, 29"})
    void delay_retryAfterSeconds_isUsed(String header, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), policy.delay(0, header));
    }

    @Test
    void delay_retryAfterHttpDate_isTimeUntilThen() {
        assertEquals(Duration.ofSeconds(7), policy.delay(0, "Fri, 04 Dec 2026 12:00:07 GMT"));
    }

    @Test
    void delay_retryAfterDateInPast_isZero() {
        assertEquals(Duration.ZERO, policy.delay(0, "Fri, 04 Dec 2026 11:00:00 GMT"));
    }

    @ParameterizedTest
    @CsvSource({"3600", "99999999999999999999999", "'Sat, 05 Dec 2026 12:00:00 GMT'"})
    void delay_largeRetryAfter_isCapped(String header) {
        assertEquals(RetryPolicy.MAX_DELAY, policy.delay(0, header));
    }

    @RepeatedTest(20)
    void delay_withoutRetryAfter_isJitteredExponentialBackoff() {
        Duration second = policy.delay(1, null);

        assertTrue(second.compareTo(Duration.ofMillis(400)) >= 0, second.toString());
        assertTrue(second.compareTo(Duration.ofMillis(800)) <= 0, second.toString());
    }

    @Test
    void delay_manyRetries_isCapped() {
        assertTrue(policy.delay(40, "soon").compareTo(RetryPolicy.MAX_DELAY) <= 0);
    }

    @Test
    void parseRetryAfter_unreadable_isNull() {
        assertNull(policy.parseRetryAfter("in a while"));
        assertNull(policy.parseRetryAfter(" "));
    }

    @ParameterizedTest
    @CsvSource({"429, true", "500, true", "502, true", "599, true", "200, false", "404, false",
        "403, false"})
    void isRetryableStatus_table(int status, boolean retryable) {
        assertEquals(retryable, RetryPolicy.isRetryableStatus(status));
    }

    @Test
    void isRetryableStatus_redirect_isNot() {
        assertFalse(RetryPolicy.isRetryableStatus(301));
    }
}

package org.njalla4j.client;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how long to wait before sending a read-only request again: exponential
 * backoff with jitter, or the server's {@code Retry-After}, both capped at
 * {@link #MAX_DELAY}.
 */
final class RetryPolicy {

    /** Upper bound of any single wait, including one that a {@code Retry-After} header requests. */
    static final Duration MAX_DELAY = Duration.ofSeconds(30);

    /** Blocks the calling thread; tests replace it to record waits instead. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    static final Sleeper THREAD_SLEEPER = duration -> Thread.sleep(duration.toMillis());

    private final int maxRetries;
    private final Duration backoff;
    private final Clock clock;
    private final Sleeper sleeper;

    RetryPolicy(int maxRetries, Duration backoff, Clock clock) {
        this(maxRetries, backoff, clock, THREAD_SLEEPER);
    }

    RetryPolicy(int maxRetries, Duration backoff, Clock clock, Sleeper sleeper) {
        this.maxRetries = maxRetries;
        this.backoff = backoff;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    void sleep(Duration delay) throws InterruptedException {
        sleeper.sleep(delay);
    }

    int maxRetries() {
        return maxRetries;
    }

    /** Whether an HTTP status means "try again later": 429 or any 5xx. */
    static boolean isRetryableStatus(int status) {
        return status == 429 || (status >= 500 && status <= 599);
    }

    /**
     * Computes the wait before retry number {@code retry} (0 for the first). That is the
     * server's {@code Retry-After} when it sent a readable one. Otherwise it is the backoff
     * doubled per retry, reduced at random by up to half so that clients do not retry in
     * step.
     */
    Duration delay(int retry, String retryAfter) {
        Duration requested = parseRetryAfter(retryAfter);
        if (requested != null) {
            return min(requested, MAX_DELAY);
        }
        long base = backoff.toMillis() << Math.min(retry, 20);
        long capped = Math.min(base, MAX_DELAY.toMillis());
        long jitter = capped <= 1 ? 0 : ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        return Duration.ofMillis(capped - jitter);
    }

    /** Reads delta-seconds or an HTTP date; null when absent or unreadable. */
    Duration parseRetryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.chars().allMatch(Character::isDigit)) {
            try {
                return Duration.ofSeconds(Long.parseLong(trimmed));
            } catch (NumberFormatException e) {
                return MAX_DELAY;
            }
        }
        try {
            ZonedDateTime date = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration until = Duration.between(clock.instant(), date.toInstant());
            return until.isNegative() ? Duration.ZERO : until;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}

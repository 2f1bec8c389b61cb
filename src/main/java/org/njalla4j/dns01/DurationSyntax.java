package org.njalla4j.dns01;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The duration forms that the {@code njalla} command and the hooks accept: a number of
 * seconds ({@code 30}), a number with a unit ({@code 500ms}, {@code 30s}, {@code 5m},
 * {@code 1h}) or an ISO-8601 duration ({@code PT5M}), case-insensitive. Uses only the JDK,
 * so that the hooks can parse their settings without a command-line parser.
 */
public final class DurationSyntax {

    /**
     * Maximum duration of a setting. A DNS-01 wait or a network timeout longer than
     * a day is a typo, such as milliseconds given where seconds were meant.
     */
    public static final Duration MAX = Duration.ofHours(24);

    /** The accepted forms, for error messages. */
    public static final String FORMS = "seconds such as 30, or 500ms, 30s, 5m, 1h, PT5M";

    private DurationSyntax() {
    }

    /**
     * Parses {@code text} in one of the accepted forms. Leading and trailing spaces are
     * ignored. Negative and zero values are returned as parsed, so callers decide.
     *
     * @return the duration, or empty when {@code text} is not in an accepted form
     */
    public static Optional<Duration> parse(String text) {
        Objects.requireNonNull(text, "text");
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (value.startsWith("p")) {
                return Optional.of(Duration.parse(value.toUpperCase(Locale.ROOT)));
            }
            if (value.endsWith("ms")) {
                long millis = Long.parseLong(value.substring(0, value.length() - 2));
                return Optional.of(Duration.ofMillis(millis));
            }
            return withUnit(value);
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> withUnit(String value) {
        char unit = value.charAt(value.length() - 1);
        String digits = Character.isDigit(unit) ? value : value.substring(0, value.length() - 1);
        long amount = Long.parseLong(digits);
        return switch (unit) {
            case 'h' -> Optional.of(Duration.ofHours(amount));
            case 'm' -> Optional.of(Duration.ofMinutes(amount));
            case 's' -> Optional.of(Duration.ofSeconds(amount));
            default -> Character.isDigit(unit) ? Optional.of(Duration.ofSeconds(amount))
                    : Optional.empty();
        };
    }

    /** Returns whether {@code duration} is above zero and at most {@link #MAX}. */
    public static boolean isPositiveUpToMax(Duration duration) {
        return !duration.isNegative() && !duration.isZero() && duration.compareTo(MAX) <= 0;
    }
}

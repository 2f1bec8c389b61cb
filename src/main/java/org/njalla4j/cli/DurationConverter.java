package org.njalla4j.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts {@code 30} (seconds), {@code 30s}, {@code 5m}, {@code 1h} or an ISO-8601
 * duration such as {@code PT30S} to a positive {@link Duration}.
 */
public final class DurationConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        Duration duration = parse(value.strip().toLowerCase(Locale.ROOT));
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new TypeConversionException("'" + value + "' is not a positive duration;"
                    + " use seconds such as 30, or 30s, 5m, 1h");
        }
        return duration;
    }

    /**
     * Converts the same forms as {@link DurationConverter} but also accepts zero, for
     * delays and fault windows that zero turns off.
     */
    public static final class ZeroOrMore implements ITypeConverter<Duration> {

        @Override
        public Duration convert(String value) {
            Duration duration = parse(value.strip().toLowerCase(Locale.ROOT));
            if (duration == null || duration.isNegative()) {
                throw new TypeConversionException("'" + value + "' is not a duration of zero"
                        + " or more; use seconds such as 30, or 500ms, 30s, 5m, 1h");
            }
            return duration;
        }
    }

    /** Returns the duration, or null when {@code value} is not one. */
    private static Duration parse(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            if (value.startsWith("pt") || value.startsWith("p")) {
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            }
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            char unit = value.charAt(value.length() - 1);
            String digits = Character.isDigit(unit) ? value
                    : value.substring(0, value.length() - 1);
            long amount = Long.parseLong(digits);
            return switch (unit) {
                case 'h' -> Duration.ofHours(amount);
                case 'm' -> Duration.ofMinutes(amount);
                default -> Character.isDigit(unit) || unit == 's' ? Duration.ofSeconds(amount)
                        : null;
            };
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            return null;
        }
    }
}

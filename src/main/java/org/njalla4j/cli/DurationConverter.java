package org.njalla4j.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts {@code 30} (seconds), {@code 1.5s}, {@code 500ms}, {@code 5m}, {@code 1h} or an
 * ISO-8601 duration such as {@code PT30S} to a positive {@link Duration} of at most
 * {@link #MAX}. Picocli names the option in front of the message of a rejected value.
 */
public final class DurationConverter implements ITypeConverter<Duration> {

    /** Maximum duration accepted, because a longer wait is a typing mistake, not a setting. */
    public static final Duration MAX = Duration.ofHours(24);

    private static final Pattern AMOUNT_AND_UNIT = Pattern.compile(
            "(\\d{1,12}(?:\\.\\d{1,9})?)(ms|s|m|h)?");

    @Override
    public Duration convert(String value) {
        Duration duration = parseWithinMax(value);
        if (duration == null || duration.isZero()) {
            throw new TypeConversionException("'" + value + "' is not a positive duration;"
                    + " use seconds such as 30 or 1.5s, or 500ms, 5m, 1h");
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
            Duration duration = parseWithinMax(value);
            if (duration == null) {
                throw new TypeConversionException("'" + value + "' is not a duration of zero"
                        + " or more; use seconds such as 30 or 1.5s, or 500ms, 5m, 1h");
            }
            return duration;
        }
    }

    /**
     * Returns the duration, or null when {@code value} is not a duration of zero or more.
     *
     * @throws TypeConversionException when the duration is longer than {@link #MAX}
     */
    private static Duration parseWithinMax(String value) {
        Duration duration = parse(value.strip().toLowerCase(Locale.ROOT));
        if (duration == null || duration.isNegative()) {
            return null;
        }
        if (duration.compareTo(MAX) > 0) {
            throw new TypeConversionException("'" + value + "' is longer than the maximum of"
                    + " 24 h; use a shorter duration such as 30s or 5m");
        }
        return duration;
    }

    private static Duration parse(String value) {
        if (value.startsWith("p")) {
            try {
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException | ArithmeticException e) {
                // An ISO value too large for a Duration counts as over the maximum.
                boolean overflow = e instanceof ArithmeticException
                        || e.getCause() instanceof ArithmeticException;
                return overflow ? MAX.plusNanos(1) : null;
            }
        }
        Matcher matcher = AMOUNT_AND_UNIT.matcher(value);
        if (!matcher.matches()) {
            return null;
        }
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        long nanosPerUnit = switch (unit) {
            case "ms" -> 1_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            default -> 1_000_000_000L;
        };
        // BigDecimal cannot overflow. Clamping to just over MAX keeps longValue() exact,
        // and the caller rejects anything over MAX.
        BigDecimal nanos = new BigDecimal(matcher.group(1))
                .multiply(BigDecimal.valueOf(nanosPerUnit));
        BigDecimal maxNanos = BigDecimal.valueOf(MAX.toNanos());
        return Duration.ofNanos(nanos.min(maxNanos.add(BigDecimal.ONE)).longValue());
    }
}

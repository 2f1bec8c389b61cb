package org.njalla4j.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.njalla4j.dns01.DurationSyntax;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts a duration in the forms of {@link DurationSyntax}, such as {@code 30} (seconds),
 * {@code 500ms}, {@code 5m} or {@code PT30S}, or a decimal amount such as {@code 1.5s} or
 * {@code 0.5m}, to a positive {@link Duration} of at most {@link DurationSyntax#MAX} (24 h).
 * Picocli names the option in front of the message of a rejected value.
 */
public final class DurationConverter implements ITypeConverter<Duration> {

    /** The accepted forms, for error messages. */
    static final String FORMS = DurationSyntax.FORMS + ", or decimals such as 1.5s";

    private static final Pattern DECIMAL = Pattern.compile("(\\d{1,12}\\.\\d{1,9})(ms|s|m|h)?");

    @Override
    public Duration convert(String value) {
        Duration duration = parse(value);
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new TypeConversionException("'" + value + "' is not a positive duration of"
                    + " at most 24h; use " + FORMS);
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
            Duration duration = parse(value);
            if (duration == null || duration.isNegative()) {
                throw new TypeConversionException("'" + value + "' is not a duration from zero"
                        + " to 24h; use " + FORMS);
            }
            return duration;
        }
    }

    /** Returns the duration, or null when {@code value} is not one or exceeds 24 hours. */
    private static Duration parse(String value) {
        Matcher decimal = DECIMAL.matcher(value.strip().toLowerCase(Locale.ROOT));
        Optional<Duration> parsed = decimal.matches()
                ? Optional.of(decimal(decimal.group(1), decimal.group(2)))
                : DurationSyntax.parse(value);
        return parsed.filter(d -> d.compareTo(DurationSyntax.MAX) <= 0).orElse(null);
    }

    /**
     * Converts a decimal amount of {@code unit} (seconds when null). BigDecimal cannot
     * overflow, and clamping the product just above the maximum keeps longValue() exact;
     * the caller rejects anything over the maximum.
     */
    private static Duration decimal(String amount, String unit) {
        long nanosPerUnit = switch (unit == null ? "s" : unit) {
            case "ms" -> 1_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            default -> 1_000_000_000L;
        };
        BigDecimal nanos = new BigDecimal(amount).multiply(BigDecimal.valueOf(nanosPerUnit));
        BigDecimal overMax = BigDecimal.valueOf(DurationSyntax.MAX.toNanos() + 1);
        return Duration.ofNanos(nanos.min(overMax).longValue());
    }
}

package org.njalla4j.cli;

import java.time.Duration;
import org.njalla4j.dns01.DurationSyntax;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts a duration in the forms of {@link DurationSyntax}, such as {@code 30} (seconds),
 * {@code 500ms}, {@code 5m} or {@code PT30S}, to a positive {@link Duration} of at most 24
 * hours.
 */
public final class DurationConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        Duration duration = parse(value);
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new TypeConversionException("'" + value + "' is not a positive duration of"
                    + " at most 24h; use " + DurationSyntax.FORMS);
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
                        + " to 24h; use " + DurationSyntax.FORMS);
            }
            return duration;
        }
    }

    /** Returns the duration, or null when {@code value} is not one or exceeds 24 hours. */
    private static Duration parse(String value) {
        return DurationSyntax.parse(value)
                .filter(d -> d.compareTo(DurationSyntax.MAX) <= 0)
                .orElse(null);
    }
}

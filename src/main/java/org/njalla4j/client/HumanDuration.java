package org.njalla4j.client;

import java.time.Duration;
import java.util.Objects;

/**
 * Formats durations for messages in the units a person reads: {@code 850 ms},
 * {@code 1.5 s}, {@code 30 s}, {@code 2 min 3 s}, {@code 1 h 5 min}.
 */
public final class HumanDuration {

    private HumanDuration() {
    }

    /**
     * Formats {@code duration}: milliseconds below one second, seconds with one decimal
     * below ten seconds, whole seconds below one minute, then minutes and seconds, and
     * from one hour on hours and minutes. Values are rounded to the shown unit.
     */
    public static String format(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 9950) {
            long tenths = (millis + 50) / 100;
            return tenths % 10 == 0 ? tenths / 10 + " s" : tenths / 10 + "." + tenths % 10 + " s";
        }
        long seconds = (millis + 500) / 1000;
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return join(seconds / 60, "min", seconds % 60, "s");
        }
        long minutes = (seconds + 30) / 60;
        return join(minutes / 60, "h", minutes % 60, "min");
    }

    private static String join(long major, String majorUnit, long minor, String minorUnit) {
        String text = major + " " + majorUnit;
        return minor == 0 ? text : text + " " + minor + " " + minorUnit;
    }
}

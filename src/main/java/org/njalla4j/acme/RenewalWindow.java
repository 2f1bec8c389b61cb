package org.njalla4j.acme;

import java.time.Instant;
import java.util.Objects;
import org.shredzone.acme4j.RenewalInfo;

/**
 * A CA's suggested renewal window (ACME Renewal Information, RFC 9773): renew at a random
 * time between {@code start} and {@code end}.
 */
public record RenewalWindow(Instant start, Instant end) {

    public RenewalWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("renewal window ends before it starts: "
                    + start + " to " + end);
        }
    }

    /** Copies the window from acme4j's renewal information, fetching it if needed. */
    public static RenewalWindow of(RenewalInfo info) {
        return new RenewalWindow(info.getSuggestedWindowStart(), info.getSuggestedWindowEnd());
    }
}

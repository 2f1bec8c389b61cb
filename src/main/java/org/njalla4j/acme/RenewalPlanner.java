package org.njalla4j.acme;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Decides when to renew a certificate, as a pure function of the injected clock and random
 * source. With the CA's renewal window (ARI) it renews at a random time inside the window,
 * and at once if the window has passed. Without one it renews when less than a third of
 * the certificate's lifetime remains, as Let's Encrypt recommends for 90-day certificates.
 */
public final class RenewalPlanner {

    private final Clock clock;
    private final RandomGenerator random;

    /** Creates a planner; {@code random} picks the time inside a renewal window. */
    public RenewalPlanner(Clock clock, RandomGenerator random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Decides for {@code certificate}, with the CA's renewal window if it has one. */
    public RenewalDecision decide(X509Certificate certificate, Optional<RenewalWindow> window) {
        Objects.requireNonNull(certificate, "certificate");
        Instant notBefore = certificate.getNotBefore().toInstant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        return window.map(this::decide).orElseGet(() -> byLifetime(notBefore, notAfter));
    }

    /** Decides by the CA's renewal window alone. */
    public RenewalDecision decide(RenewalWindow window) {
        Instant now = clock.instant();
        if (!now.isBefore(window.end())) {
            return new RenewalDecision(true, window.end(),
                    "the CA's renewal window ended at " + format(window.end()));
        }
        Instant at = pick(window).truncatedTo(ChronoUnit.SECONDS);
        return decision(now, at, "a time chosen inside the CA's renewal window "
                + format(window.start()) + " to " + format(window.end()));
    }

    /** Decides by the lifetime rule: renew when less than a third remains. */
    public RenewalDecision byLifetime(Instant notBefore, Instant notAfter) {
        Duration lifetime = Duration.between(notBefore, notAfter);
        Instant at = notAfter.minus(lifetime.dividedBy(3)).truncatedTo(ChronoUnit.SECONDS);
        return decision(clock.instant(), at, "when a third of the lifetime ending "
                + format(notAfter) + " remains");
    }

    private static RenewalDecision decision(Instant now, Instant at, String rule) {
        boolean due = !now.isBefore(at);
        String when = due ? "due since " + format(at) + " (" + span(at, now) + " ago)"
                : "not due until " + format(at) + " (in " + span(now, at) + ")";
        return new RenewalDecision(due, at, when + ", " + rule);
    }

    /** Formats an instant in UTC to the second, such as 2027-01-28T10:00:00Z. */
    static String format(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Describes the time between two instants in whole days, hours or minutes. */
    static String span(Instant from, Instant to) {
        Duration between = Duration.between(from, to);
        if (between.toDays() >= 2) {
            return between.toDays() + " days";
        }
        if (between.toHours() >= 2) {
            return between.toHours() + " hours";
        }
        long minutes = between.toMinutes();
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    private Instant pick(RenewalWindow window) {
        long span = Duration.between(window.start(), window.end()).toMillis();
        long offset = span <= 0 ? 0 : random.nextLong(span);
        return window.start().plusMillis(offset);
    }
}

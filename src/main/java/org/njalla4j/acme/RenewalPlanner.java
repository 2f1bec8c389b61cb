package org.njalla4j.acme;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
                    "the CA's renewal window ended at " + window.end());
        }
        Instant at = pick(window);
        boolean due = !now.isBefore(at);
        return new RenewalDecision(due, at, (due ? "due since " : "not due until ") + at
                + ", chosen inside the CA's renewal window " + window.start() + " to "
                + window.end());
    }

    /** Decides by the lifetime rule: renew when less than a third remains. */
    public RenewalDecision byLifetime(Instant notBefore, Instant notAfter) {
        Duration lifetime = Duration.between(notBefore, notAfter);
        Instant at = notAfter.minus(lifetime.dividedBy(3));
        boolean due = !clock.instant().isBefore(at);
        return new RenewalDecision(due, at, (due ? "due since " : "not due until ") + at
                + ", when a third of the lifetime ending " + notAfter + " remains");
    }

    private Instant pick(RenewalWindow window) {
        long span = Duration.between(window.start(), window.end()).toMillis();
        long offset = span <= 0 ? 0 : random.nextLong(span);
        return window.start().plusMillis(offset);
    }
}

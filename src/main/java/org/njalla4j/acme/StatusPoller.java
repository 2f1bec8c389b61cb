package org.njalla4j.acme;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.shredzone.acme4j.AcmeJsonResource;
import org.shredzone.acme4j.Status;
import org.shredzone.acme4j.exception.AcmeException;

/**
 * Polls an ACME resource until it leaves its transient states. It waits as long as the
 * server's {@code Retry-After} requests, and otherwise starts at {@link #FIRST_INTERVAL} and
 * grows to {@link #MAX_INTERVAL}. acme4j's own wait uses 3 s when the server sends no
 * {@code Retry-After}, which would dominate an issuance against a fast local CA.
 */
final class StatusPoller {

    /** First pause between polls when the server sends no {@code Retry-After}. */
    static final Duration FIRST_INTERVAL = Duration.ofMillis(50);

    /** Maximum pause between polls when the server sends no {@code Retry-After}. */
    static final Duration MAX_INTERVAL = Duration.ofSeconds(2);

    private StatusPoller() {
    }

    /**
     * Fetches {@code resource} until {@code status} is not in {@code transientStates}, and
     * returns that status.
     *
     * @throws AcmeException if a fetch fails
     * @throws IssueException with reason {@code NETWORK} if the status is still transient at
     *     the timeout, because the CA did not finish in time
     */
    static Status await(AcmeJsonResource resource, Supplier<Status> status,
            Set<Status> transientStates, Duration timeout, String what)
            throws AcmeException, InterruptedException, IssueException {
        Instant deadline = Instant.now().plus(timeout);
        Duration interval = FIRST_INTERVAL;
        while (true) {
            Instant retryAfter = resource.fetch().orElse(null);
            Status current = status.get();
            if (!transientStates.contains(current)) {
                return current;
            }
            Instant now = Instant.now();
            if (!now.isBefore(deadline)) {
                throw new IssueException(IssueException.Reason.NETWORK, "timed out: " + what
                        + " is still " + current.name().toLowerCase(Locale.ROOT) + " after "
                        + timeout.toSeconds() + " s; retry later or raise the ACME timeout"
                        + " (--acme-timeout)");
            }
            Instant next = retryAfter != null ? retryAfter : now.plus(interval);
            Thread.sleep(Math.max(1, Duration.between(now, min(next, deadline)).toMillis()));
            interval = min(interval.multipliedBy(3).dividedBy(2), MAX_INTERVAL);
        }
    }

    private static <T extends Comparable<T>> T min(T a, T b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}

package org.njalla4j.emulator;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Decides, request by request, which configured fault happens. One seeded
 * {@link Random} makes every choice, so the same sequence of requests meets the same
 * faults in every run.
 */
final class FaultInjector {

    /** What happens to one API request before it reaches the method. */
    enum HttpFault { NONE, RESET, BAD_GATEWAY, TOO_MANY_REQUESTS }

    private final Faults faults;
    private final Random random;
    private final Instant servfailUntil;
    private final Map<Faults.MethodFailure, Integer> used = new HashMap<>();
    private volatile boolean servfail;

    FaultInjector(Faults faults, Instant started) {
        this.faults = faults;
        this.random = new Random(faults.seed());
        this.servfailUntil = started.plus(faults.dnsServfailFor());
    }

    Faults faults() {
        return faults;
    }

    /** Draws the transport-level fault for one request; each rate gets its own draw. */
    synchronized HttpFault nextHttpFault() {
        if (draw(faults.resetRate())) {
            return HttpFault.RESET;
        }
        if (draw(faults.badGatewayRate())) {
            return HttpFault.BAD_GATEWAY;
        }
        if (draw(faults.tooManyRequestsRate())) {
            return HttpFault.TOO_MANY_REQUESTS;
        }
        return HttpFault.NONE;
    }

    private boolean draw(double rate) {
        return rate > 0 && random.nextDouble() < rate;
    }

    /** The configured error for this call of {@code method}, counting it when limited. */
    synchronized Optional<ApiError> methodFailure(String method) {
        for (Faults.MethodFailure failure : faults.methodFailures()) {
            if (!failure.method().equals(method)) {
                continue;
            }
            int count = used.getOrDefault(failure, 0);
            if (failure.times() == 0 || count < failure.times()) {
                used.put(failure, count + 1);
                return Optional.of(new ApiError(failure.code(), failure.message()));
            }
        }
        return Optional.empty();
    }

    /** Turns SERVFAIL for every DNS query on or off, beside the timed period. */
    void setServfail(boolean on) {
        servfail = on;
    }

    boolean servfail(Instant now) {
        return servfail || now.isBefore(servfailUntil);
    }
}

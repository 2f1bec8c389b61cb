package org.njalla4j.emulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Failures the emulator injects on purpose, for reliability tests: latency, HTTP 502
 * pages, connection resets, 429 replies, chosen JSON-RPC errors and DNS SERVFAIL.
 * Random choices come from a {@link java.util.Random} seeded with {@link #seed()}, so a
 * test that sends the same requests sees the same faults.
 */
public final class Faults {

    private static final Faults NONE = builder().build();

    private final Duration latency;
    private final double badGatewayRate;
    private final double resetRate;
    private final double tooManyRequestsRate;
    private final Duration retryAfter;
    private final List<MethodFailure> methodFailures;
    private final Duration dnsServfailFor;
    private final long seed;

    private Faults(Builder builder) {
        this.latency = builder.latency;
        this.badGatewayRate = builder.badGatewayRate;
        this.resetRate = builder.resetRate;
        this.tooManyRequestsRate = builder.tooManyRequestsRate;
        this.retryAfter = builder.retryAfter;
        this.methodFailures = List.copyOf(builder.methodFailures);
        this.dnsServfailFor = builder.dnsServfailFor;
        this.seed = builder.seed;
    }

    /** No faults at all; the default. */
    public static Faults none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Delay added before each API response. */
    public Duration latency() {
        return latency;
    }

    /** Fraction (0 to 1) of API requests answered with an HTTP 502 HTML page. */
    public double badGatewayRate() {
        return badGatewayRate;
    }

    /** Fraction (0 to 1) of API requests whose connection is closed without a response. */
    public double resetRate() {
        return resetRate;
    }

    /** Fraction (0 to 1) of API requests answered with HTTP 429 and Retry-After. */
    public double tooManyRequestsRate() {
        return tooManyRequestsRate;
    }

    /** Value of the Retry-After header on 429 replies, in whole seconds. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public List<MethodFailure> methodFailures() {
        return methodFailures;
    }

    /** How long after start the DNS server answers every query with SERVFAIL. */
    public Duration dnsServfailFor() {
        return dnsServfailFor;
    }

    public long seed() {
        return seed;
    }

    /**
     * A JSON-RPC error returned for calls of one method.
     *
     * @param method wire name such as {@code add-record}
     * @param code JSON-RPC error code such as -32000
     * @param message error message
     * @param times how many calls fail, counting from the first; 0 means every call
     */
    public record MethodFailure(String method, int code, String message, int times) {

        public MethodFailure {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(message, "message");
            if (times < 0) {
                throw new IllegalArgumentException("invalid times " + times
                        + "; give 0 for every call or a positive count");
            }
        }

        /**
         * Parses {@code METHOD:CODE:MESSAGE[:TIMES]}, such as
         * {@code add-record:-32000:Invalid arguments:2}.
         *
         * @throws IllegalArgumentException naming the value and the expected form
         */
        public static MethodFailure parse(String spec) {
            Objects.requireNonNull(spec, "spec");
            String[] parts = spec.split(":", -1);
            String form = "; expected METHOD:CODE:MESSAGE[:TIMES], such as "
                    + "add-record:-32000:Invalid arguments:2";
            if (parts.length < 3 || parts.length > 4 || parts[0].isBlank()) {
                throw new IllegalArgumentException("invalid method failure '" + spec + "'" + form);
            }
            try {
                int code = Integer.parseInt(parts[1].strip());
                int times = parts.length == 4 ? Integer.parseInt(parts[3].strip()) : 0;
                return new MethodFailure(parts[0].strip(), code, parts[2], times);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("invalid method failure '" + spec + "'" + form);
            }
        }
    }

    /** Collects fault settings; every setting defaults to "no fault". */
    public static final class Builder {

        private Duration latency = Duration.ZERO;
        private double badGatewayRate;
        private double resetRate;
        private double tooManyRequestsRate;
        private Duration retryAfter = Duration.ofSeconds(1);
        private final List<MethodFailure> methodFailures = new ArrayList<>();
        private Duration dnsServfailFor = Duration.ZERO;
        private long seed = 1;

        private Builder() {
        }

        public Builder latency(Duration latency) {
            this.latency = nonNegative(latency, "latency");
            return this;
        }

        public Builder badGatewayRate(double rate) {
            this.badGatewayRate = rate(rate, "badGatewayRate");
            return this;
        }

        public Builder resetRate(double rate) {
            this.resetRate = rate(rate, "resetRate");
            return this;
        }

        public Builder tooManyRequestsRate(double rate) {
            this.tooManyRequestsRate = rate(rate, "tooManyRequestsRate");
            return this;
        }

        public Builder retryAfter(Duration retryAfter) {
            this.retryAfter = nonNegative(retryAfter, "retryAfter");
            return this;
        }

        public Builder failMethod(MethodFailure failure) {
            methodFailures.add(Objects.requireNonNull(failure, "failure"));
            return this;
        }

        public Builder dnsServfailFor(Duration period) {
            this.dnsServfailFor = nonNegative(period, "dnsServfailFor");
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Faults build() {
            return new Faults(this);
        }

        private static Duration nonNegative(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative()) {
                throw new IllegalArgumentException("invalid " + name + " " + value
                        + "; give zero or a positive duration");
            }
            return value;
        }

        private static double rate(double value, String name) {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException("invalid " + name + " " + value
                        + "; give a fraction from 0 to 1");
            }
            return value;
        }
    }
}

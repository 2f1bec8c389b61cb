package org.njalla4j.acme;

import java.util.Objects;

/**
 * Issuing, renewing or revoking a certificate failed. The message is one line naming the
 * step and the value; {@link #reason()} classifies the failure for callers such as the
 * command line, and the cause keeps the underlying exception.
 */
public class IssueException extends Exception {

    /** The class of failure. */
    public enum Reason {
        /** The settings are incomplete or rejected before anything was ordered. */
        SETUP,
        /** The ACME server rejected a request or reported an invalid order. */
        ACME,
        /** The CA could not validate a DNS-01 challenge. */
        VALIDATION,
        /** Placing, checking or removing a TXT record failed, or propagation timed out. */
        DNS,
        /** The Njalla API returned an error. */
        NJALLA,
        /** A server could not be reached or did not respond in time. */
        NETWORK,
        /** Reading or writing the state or output directory failed. */
        STORAGE,
        /** The caller's thread was interrupted. */
        INTERRUPTED
    }

    private final Reason reason;

    public IssueException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public IssueException(Reason reason, String message) {
        this(reason, message, null);
    }

    /** Returns the class of failure. */
    public Reason reason() {
        return reason;
    }
}

package org.njalla4j.acme;

import java.time.Instant;

/**
 * Whether to renew a certificate now, when renewal is due, and why.
 *
 * @param renewNow whether renewal is due at the planner's current time
 * @param renewAt the time from which renewal is due
 * @param reason one line for logs and the command line
 */
public record RenewalDecision(boolean renewNow, Instant renewAt, String reason) {
}

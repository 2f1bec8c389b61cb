package org.njalla4j.client;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Optional wire logging at debug on the logger {@code org.njalla4j.client.wire}: each
 * request and response body with secrets redacted. The Authorization header is only
 * ever shown as redacted.
 */
final class WireLog {

    /** Name of the logger; enable it at debug to see request and response bodies. */
    static final String LOGGER_NAME = "org.njalla4j.client.wire";

    private static final Logger WIRE = LoggerFactory.getLogger(LOGGER_NAME);

    private final Redactor redactor;

    WireLog(Redactor redactor) {
        this.redactor = redactor;
    }

    void request(String method, boolean hasToken, String body) {
        if (WIRE.isDebugEnabled()) {
            WIRE.debug("--> {} Authorization: {} {}", method,
                    hasToken ? "Njalla " + Redactor.MASK : "none", redactor.redact(body));
        }
    }

    void response(String method, int status, Duration elapsed, String body) {
        if (WIRE.isDebugEnabled()) {
            WIRE.debug("<-- {} HTTP {} in {} ms {}", method, status, elapsed.toMillis(),
                    redactor.redact(body));
        }
    }

    void failure(String method, Duration elapsed, String reason) {
        if (WIRE.isDebugEnabled()) {
            WIRE.debug("<-- {} no response after {} ms: {}", method, elapsed.toMillis(),
                    redactor.redactText(reason));
        }
    }
}

package org.njalla4j.dns;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;

/**
 * The TXT values that one nameserver returned for one name.
 *
 * @param server the nameserver queried
 * @param status how the query ended
 * @param values the TXT values, each record's strings joined; empty unless
 *     {@code status} is {@link Status#ANSWER}
 * @param overTcp whether the answer came over TCP, after a truncated UDP response
 * @param detail the response code or the I/O error, for log lines and messages
 */
public record TxtAnswer(InetSocketAddress server, Status status, List<String> values,
        boolean overTcp, String detail) {

    /** How a TXT query ended. */
    public enum Status {
        /** NOERROR: {@code values} contains every TXT record at the name, maybe none. */
        ANSWER,
        /** NXDOMAIN: the name does not exist at this server (yet). */
        NXDOMAIN,
        /** SERVFAIL, REFUSED or another error code: the server has no answer yet. */
        ERROR_RCODE,
        /** No response: a timeout or a network error. */
        NO_RESPONSE
    }

    public TxtAnswer {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(status, "status");
        values = List.copyOf(values);
        Objects.requireNonNull(detail, "detail");
    }
}

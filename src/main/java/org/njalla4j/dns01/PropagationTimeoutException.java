package org.njalla4j.dns01;

import java.net.InetSocketAddress;

/**
 * A TXT value was still missing at a nameserver when the propagation timeout expired.
 * The message names the server, the fqdn and the value; the cause, if any, is the last
 * query failure at that server.
 */
public class PropagationTimeoutException extends Dns01Exception {

    private final InetSocketAddress server;
    private final String fqdn;
    private final String value;

    public PropagationTimeoutException(String message, InetSocketAddress server, String fqdn,
            String value, Throwable cause) {
        super(message, cause);
        this.server = server;
        this.fqdn = fqdn;
        this.value = value;
    }

    /** The nameserver that did not return the value. */
    public InetSocketAddress server() {
        return server;
    }

    /** The name queried, in A-labels without a trailing dot. */
    public String fqdn() {
        return fqdn;
    }

    /** The TXT value that was missing. */
    public String value() {
        return value;
    }
}

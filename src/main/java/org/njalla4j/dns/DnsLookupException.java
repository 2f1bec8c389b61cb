package org.njalla4j.dns;

/** No nameserver returned a usable response to a DNS query. */
public class DnsLookupException extends Exception {

    public DnsLookupException(String message, Throwable cause) {
        super(message, cause);
    }
}

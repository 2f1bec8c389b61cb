package org.njalla4j.dns;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.ResolverConfig;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Sends DNS queries straight to a fixed list of nameservers, with no cache: SOA lookups
 * to find the zone apex of a name, CNAME, NS and address lookups, and TXT queries to
 * one given server for propagation checks.
 *
 * <p>Names are given and returned as ASCII (A-labels) without a trailing dot, in lower
 * case. Each query goes over UDP with an EDNS buffer of {@value #EDNS_PAYLOAD_SIZE}
 * bytes and is repeated over TCP when the response is truncated. Instances are
 * immutable and thread-safe; every call blocks until its queries finish.
 */
public final class DnsLookup {

    /** Default time to wait for one response. */
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(5);

    /** UDP payload size advertised in EDNS, the size DNS Flag Day 2020 recommends. */
    public static final int EDNS_PAYLOAD_SIZE = 1232;

    private static final Logger LOG = LoggerFactory.getLogger(DnsLookup.class);

    private final List<InetSocketAddress> servers;
    private final Duration timeout;

    /**
     * Creates a lookup that sends SOA, CNAME, NS and address queries to {@code servers},
     * trying them in order.
     *
     * @throws IllegalArgumentException when {@code servers} is empty
     */
    public DnsLookup(List<InetSocketAddress> servers, Duration timeout) {
        this.servers = List.copyOf(Objects.requireNonNull(servers, "servers"));
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (this.servers.isEmpty()) {
            throw new IllegalArgumentException("no nameservers given; give at least one");
        }
    }

    /**
     * Creates a lookup that uses the system's resolvers, as dnsjava reads them from the
     * operating system (on Linux, {@code /etc/resolv.conf}). dnsjava falls back to the
     * loopback address when the system names none.
     */
    public static DnsLookup systemResolvers(Duration timeout) {
        return new DnsLookup(ResolverConfig.getCurrentConfig().servers(), timeout);
    }

    /** Returns the servers that receive SOA, CNAME, NS and address queries. */
    public List<InetSocketAddress> servers() {
        return servers;
    }

    /**
     * Finds the apex of the zone that contains {@code name} by SOA queries, walking up
     * one label at a time until a response carries an SOA record in the answer or
     * authority section. A name with a CNAME is skipped, because the SOA then belongs
     * to the CNAME target's zone.
     *
     * @return the apex, or empty when no server returned an SOA below the top-level domain
     * @throws DnsLookupException when no server responded at all
     */
    public Optional<String> zoneApex(String name) throws DnsLookupException {
        String current = normalize(name);
        while (current.indexOf('.') > 0) {
            Message response = query(current, Type.SOA);
            if (isUsable(response) && cnameTarget(response, current).isEmpty()) {
                Optional<String> apex = soaOwner(response);
                if (apex.isPresent()) {
                    return apex;
                }
            }
            current = current.substring(current.indexOf('.') + 1);
        }
        return Optional.empty();
    }

    /**
     * Returns the target of the CNAME record at {@code name}, or empty when there is none
     * or the servers do not serve the name.
     *
     * @throws DnsLookupException when no server responded at all
     */
    public Optional<String> cname(String name) throws DnsLookupException {
        String normalized = normalize(name);
        Message response = query(normalized, Type.CNAME);
        return isUsable(response) ? cnameTarget(response, normalized) : Optional.empty();
    }

    /**
     * Returns the host names in the NS records of {@code zone}, in the order received.
     *
     * @throws DnsLookupException when no server responded at all
     */
    public List<String> nameservers(String zone) throws DnsLookupException {
        String normalized = normalize(zone);
        Message response = query(normalized, Type.NS);
        List<String> hosts = new ArrayList<>();
        if (isUsable(response)) {
            for (Record record : response.getSection(Section.ANSWER)) {
                if (record instanceof NSRecord ns && owner(record).equals(normalized)) {
                    hosts.add(toText(ns.getTarget()));
                }
            }
        }
        return List.copyOf(hosts);
    }

    /**
     * Returns the IPv4 and IPv6 addresses of {@code host} from its A and AAAA records.
     *
     * @throws DnsLookupException when no server responded to either query
     */
    public List<InetAddress> addresses(String host) throws DnsLookupException {
        String normalized = normalize(host);
        List<InetAddress> result = new ArrayList<>();
        for (int type : new int[] {Type.A, Type.AAAA}) {
            Message response = query(normalized, type);
            if (!isUsable(response)) {
                continue;
            }
            for (Record record : response.getSection(Section.ANSWER)) {
                if (record instanceof ARecord a) {
                    result.add(a.getAddress());
                } else if (record instanceof AAAARecord aaaa) {
                    result.add(aaaa.getAddress());
                }
            }
        }
        return List.copyOf(result);
    }

    /**
     * Queries one server for the TXT records at {@code name}. DNS and network failures
     * come back as a status instead of an exception, because during a propagation check
     * a failing server only means "not yet".
     */
    public TxtAnswer txt(String name, InetSocketAddress server) {
        Objects.requireNonNull(server, "server");
        String normalized = normalize(name);
        Message response;
        boolean overTcp;
        try {
            response = send(server, newQuery(normalized, Type.TXT), false);
            overTcp = response.getHeader().getFlag(Flags.TC);
            if (overTcp) {
                LOG.debug("TXT {} at {}: truncated UDP response, retrying over TCP",
                        normalized, server);
                response = send(server, newQuery(normalized, Type.TXT), true);
            }
        } catch (IOException e) {
            return new TxtAnswer(server, TxtAnswer.Status.NO_RESPONSE, List.of(), false,
                    "no response: " + describe(e));
        }
        return interpretTxt(normalized, server, response, overTcp);
    }

    private static TxtAnswer interpretTxt(String name, InetSocketAddress server,
            Message response, boolean overTcp) {
        int rcode = response.getRcode();
        String detail = Rcode.string(rcode);
        if (rcode == Rcode.NXDOMAIN) {
            return new TxtAnswer(server, TxtAnswer.Status.NXDOMAIN, List.of(), overTcp, detail);
        }
        if (rcode != Rcode.NOERROR) {
            return new TxtAnswer(server, TxtAnswer.Status.ERROR_RCODE, List.of(), overTcp,
                    detail);
        }
        List<String> values = new ArrayList<>();
        for (Record record : response.getSection(Section.ANSWER)) {
            if (record instanceof TXTRecord txt && owner(record).equals(name)) {
                values.add(String.join("", txt.getStrings()));
            }
        }
        return new TxtAnswer(server, TxtAnswer.Status.ANSWER, values, overTcp, detail);
    }

    /**
     * Sends the query to each server in turn and returns the first NOERROR or NXDOMAIN
     * response. When servers respond only with other codes, returns the last of them.
     */
    private Message query(String name, int type) throws DnsLookupException {
        Message last = null;
        IOException failure = null;
        for (InetSocketAddress server : servers) {
            try {
                Message response = sendWithFallback(server, newQuery(name, type));
                if (isUsable(response)) {
                    return response;
                }
                LOG.debug("{} {} at {}: {}", Type.string(type), name, server,
                        Rcode.string(response.getRcode()));
                last = response;
            } catch (IOException e) {
                LOG.debug("{} {} at {} failed: {}", Type.string(type), name, server, e.toString());
                failure = e;
            }
        }
        if (last != null) {
            return last;
        }
        throw new DnsLookupException(Type.string(type) + " query for " + name + " failed at "
                + addresses(servers) + ": " + describe(failure)
                + "; check that these nameservers are reachable", failure);
    }

    /** The exception's message, or its kind when dnsjava gave none (as on a timeout). */
    private static String describe(IOException e) {
        if (e instanceof java.net.SocketTimeoutException && e.getMessage() == null) {
            return "timed out";
        }
        if (e instanceof java.net.PortUnreachableException) {
            return "port unreachable, no DNS server listens there";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Servers as comma-separated host:port, without Java's {@code /} address prefix. */
    private static String addresses(List<InetSocketAddress> servers) {
        List<String> texts = new ArrayList<>();
        for (InetSocketAddress server : servers) {
            String host = server.getAddress() == null ? server.getHostString()
                    : server.getAddress().getHostAddress();
            texts.add(host.contains(":") ? "[" + host + "]:" + server.getPort()
                    : host + ":" + server.getPort());
        }
        return String.join(", ", texts);
    }

    private Message sendWithFallback(InetSocketAddress server, Message query)
            throws IOException {
        Message response = send(server, query, false);
        if (response.getHeader().getFlag(Flags.TC)) {
            response = send(server, query, true);
        }
        return response;
    }

    private Message send(InetSocketAddress server, Message query, boolean tcp)
            throws IOException {
        SimpleResolver resolver = new SimpleResolver(server);
        resolver.setTimeout(timeout);
        resolver.setTCP(tcp);
        resolver.setIgnoreTruncation(true);
        resolver.setEDNS(0, EDNS_PAYLOAD_SIZE, 0, Collections.emptyList());
        return resolver.send(query);
    }

    private static Message newQuery(String name, int type) {
        try {
            return Message.newQuery(Record.newRecord(Name.fromString(name + "."), type,
                    DClass.IN));
        } catch (TextParseException e) {
            throw new IllegalArgumentException("invalid DNS name '" + name + "': "
                    + e.getMessage(), e);
        }
    }

    private static boolean isUsable(Message response) {
        int rcode = response.getRcode();
        return rcode == Rcode.NOERROR || rcode == Rcode.NXDOMAIN;
    }

    private static Optional<String> cnameTarget(Message response, String name) {
        for (Record record : response.getSection(Section.ANSWER)) {
            if (record instanceof CNAMERecord cname && owner(record).equals(name)) {
                return Optional.of(toText(cname.getTarget()));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> soaOwner(Message response) {
        for (int section : new int[] {Section.ANSWER, Section.AUTHORITY}) {
            for (Record record : response.getSection(section)) {
                if (record.getType() == Type.SOA) {
                    return Optional.of(owner(record));
                }
            }
        }
        return Optional.empty();
    }

    private static String owner(Record record) {
        return toText(record.getName());
    }

    private static String toText(Name name) {
        return name.toString(true).toLowerCase(Locale.ROOT);
    }

    private static String normalize(String name) {
        Objects.requireNonNull(name, "name");
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}

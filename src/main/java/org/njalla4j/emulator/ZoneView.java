package org.njalla4j.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.NameTooLongException;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * The records one zone serves at one moment: the visible versions of its stored records
 * plus the SOA and apex NS records that Njalla's nameservers add themselves.
 */
final class ZoneView {

    /** Mailbox in the SOA of Njalla-hosted zones. */
    static final String SOA_MAILBOX = "you.can-get-no.info.";

    private static final Name WILDCARD = Name.fromConstantString("*");
    private static final long SOA_TTL = 3600;
    private static final long NS_TTL = 86400;

    private final Name zone;
    private final Map<Name, Set<Record>> records = new LinkedHashMap<>();
    private final Set<Name> names = new HashSet<>();
    private final SOARecord soa;
    private final List<String> nameservers;

    ZoneView(DomainState domain, Instant now, List<String> defaultNameservers) {
        this.zone = EmulatorState.zoneName(domain);
        this.nameservers = List.copyOf(domain.nameservers);
        List<String> served = domain.nameservers.isEmpty()
                ? defaultNameservers : domain.nameservers;
        this.soa = soa(absolute(served.get(0)), domain.serialAt(now));
        add(soa);
        for (String nameserver : served) {
            add(new NSRecord(zone, DClass.IN, NS_TTL, absolute(nameserver)));
        }
        domain.visibleDns(now).forEach(this::add);
    }

    long serial() {
        return soa.getSerial();
    }

    /** The domain's own nameserver list when the view was built; empty means default. */
    List<String> nameservers() {
        return nameservers;
    }

    /**
     * Adds the answer for {@code qname} to {@code response}.
     *
     * @param first whether this is the question itself rather than a CNAME target, so
     *     that a referral clears the AA flag
     * @return the CNAME target to follow next, or null when the answer is complete
     */
    Name lookup(Name qname, int qtype, Message response, boolean first) {
        Name cut = delegation(qname, qtype);
        if (cut != null) {
            if (first) {
                response.getHeader().unsetFlag(Flags.AA);
            }
            addAll(response, ofType(records.get(cut), Type.NS), Section.AUTHORITY);
            return null;
        }
        Set<Record> found = records.get(qname);
        if (found == null && !names.contains(qname)) {
            found = wildcard(qname);
        }
        if (found == null) {
            if (!names.contains(qname)) {
                response.getHeader().setRcode(Rcode.NXDOMAIN);
            }
            addAll(response, List.of(soa), Section.AUTHORITY);
            return null;
        }
        List<Record> cnames = ofType(found, Type.CNAME);
        if (!cnames.isEmpty() && qtype != Type.CNAME && qtype != Type.ANY) {
            addAll(response, cnames.subList(0, 1), Section.ANSWER);
            return ((CNAMERecord) cnames.get(0)).getTarget();
        }
        List<Record> matching = qtype == Type.ANY ? new ArrayList<>(found) : ofType(found, qtype);
        addAll(response, matching, Section.ANSWER);
        if (matching.isEmpty()) {
            addAll(response, List.of(soa), Section.AUTHORITY);
        }
        return null;
    }

    /** Finds the name below the apex with NS records at or above {@code qname}, or null. */
    private Name delegation(Name qname, int qtype) {
        for (int labels = zone.labels() + 1; labels <= qname.labels(); labels++) {
            Name candidate = new Name(qname, qname.labels() - labels);
            boolean dsAtCut = candidate.equals(qname) && qtype == Type.DS;
            if (!dsAtCut && !ofType(records.get(candidate), Type.NS).isEmpty()) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Synthesises records from a wildcard for a name that does not exist, following
     * RFC 4592: the source is {@code *} below the closest existing ancestor.
     */
    private Set<Record> wildcard(Name qname) {
        Name encloser = qname;
        while (!names.contains(encloser) && encloser.labels() > zone.labels()) {
            encloser = new Name(encloser, 1);
        }
        Set<Record> source;
        try {
            source = records.get(Name.concatenate(WILDCARD, encloser));
        } catch (NameTooLongException e) {
            return null;
        }
        if (source == null) {
            return null;
        }
        Set<Record> synthesised = new LinkedHashSet<>();
        source.forEach(r -> synthesised.add(r.withName(qname)));
        return synthesised;
    }

    private static List<Record> ofType(Set<Record> set, int type) {
        List<Record> result = new ArrayList<>();
        if (set != null) {
            set.stream().filter(r -> r.getType() == type).forEach(result::add);
        }
        return result;
    }

    private static void addAll(Message response, List<Record> list, int section) {
        for (Record record : list) {
            if (!response.findRecord(record, section)) {
                response.addRecord(record, section);
            }
        }
    }

    private void add(Record record) {
        records.computeIfAbsent(record.getName(), n -> new LinkedHashSet<>()).add(record);
        for (Name name = record.getName(); name.labels() >= zone.labels();
                name = new Name(name, 1)) {
            names.add(name);
            if (name.equals(zone)) {
                break;
            }
        }
    }

    private SOARecord soa(Name primary, long serial) {
        try {
            return new SOARecord(zone, DClass.IN, SOA_TTL, primary, Name.fromString(SOA_MAILBOX),
                    serial, 10800, 3600, 604800, SOA_TTL);
        } catch (TextParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Name absolute(String host) {
        try {
            return Name.fromString(host.endsWith(".") ? host : host + ".");
        } catch (TextParseException e) {
            throw new IllegalStateException("invalid nameserver name: " + host, e);
        }
    }
}

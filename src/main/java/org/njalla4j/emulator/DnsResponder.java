package org.njalla4j.emulator;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Header;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;

/**
 * Answers DNS queries authoritatively from the emulator state, as one of Njalla's
 * nameservers would. Names in the account's zones get AA answers, with NXDOMAIN and
 * NODATA carrying the zone's SOA, CNAMEs followed within the emulated zones, wildcards,
 * and referrals for delegated names. Other names get REFUSED. A UDP answer larger than
 * the client's size (512 bytes, or its EDNS size) becomes a truncated reply with TC set.
 */
final class DnsResponder {

    /** EDNS UDP payload size this server advertises in its OPT record. */
    static final int EDNS_PAYLOAD = 1232;

    /** Maximum number of CNAMEs followed for one query, which stops loops. */
    private static final int MAX_CHAIN = 8;

    private static final int HEADER_LENGTH = 12;

    private final EmulatorState state;
    private final BooleanSupplier servfail;
    /** Last view per zone; used only while holding the state's monitor. */
    private final Map<String, ZoneView> views = new HashMap<>();

    DnsResponder(EmulatorState state, BooleanSupplier servfail) {
        this.state = state;
        this.servfail = servfail;
    }

    /**
     * Returns the wire-format reply to one query, or empty when the packet is too broken
     * to reply to (it has no readable header).
     *
     * @param udpLimit whether the reply travels over UDP and must fit the client's size
     */
    Optional<byte[]> respond(byte[] packet, boolean udpLimit) {
        Message query;
        try {
            query = new Message(packet);
        } catch (IOException e) {
            return formatError(packet);
        }
        Message response = answer(query);
        byte[] wire = response.toWire();
        int limit = udpLimit ? clientSize(query) : 65535;
        return Optional.of(wire.length <= limit ? wire : truncated(query, response).toWire());
    }

    private Message answer(Message query) {
        Message response = new Message(query.getHeader().getID());
        Header header = response.getHeader();
        header.setFlag(Flags.QR);
        if (query.getHeader().getFlag(Flags.RD)) {
            header.setFlag(Flags.RD);
        }
        header.setOpcode(query.getHeader().getOpcode());
        Record question = query.getQuestion();
        if (question != null) {
            response.addRecord(question, Section.QUESTION);
        }
        if (query.getHeader().getOpcode() != Opcode.QUERY) {
            header.setRcode(Rcode.NOTIMP);
        } else if (question == null || query.getHeader().getCount(Section.QUESTION) != 1) {
            header.setRcode(Rcode.FORMERR);
        } else {
            resolve(question, response);
        }
        if (query.getOPT() != null) {
            response.addRecord(new OPTRecord(EDNS_PAYLOAD, 0, 0), Section.ADDITIONAL);
        }
        return response;
    }

    private void resolve(Record question, Message response) {
        Header header = response.getHeader();
        synchronized (state) {
            Optional<DomainState> zone = state.zoneFor(question.getName());
            if (zone.isEmpty()) {
                header.setRcode(Rcode.REFUSED);
                return;
            }
            if (servfail.getAsBoolean()) {
                header.setRcode(Rcode.SERVFAIL);
                return;
            }
            header.setFlag(Flags.AA);
            Instant now = state.now();
            Name name = question.getName();
            int type = question.getType();
            for (int step = 0; step < MAX_CHAIN; step++) {
                ZoneView view = view(zone.get(), now);
                Name target = view.lookup(name, type, response, step == 0);
                if (target == null) {
                    return;
                }
                zone = state.zoneFor(target);
                if (zone.isEmpty()) {
                    return;
                }
                name = target;
            }
        }
    }

    /**
     * Returns the zone's view at {@code now}, reusing the last one while the serial and
     * the nameservers are unchanged, since every change the servers show bumps the serial.
     */
    private ZoneView view(DomainState domain, Instant now) {
        long serial = domain.serialAt(now);
        ZoneView cached = views.get(domain.name);
        if (cached != null && cached.serial() == serial
                && cached.nameservers().equals(domain.nameservers)) {
            return cached;
        }
        ZoneView view = new ZoneView(domain, now, state.settings().nameservers());
        views.put(domain.name, view);
        return view;
    }

    private static int clientSize(Message query) {
        OPTRecord opt = query.getOPT();
        if (opt == null) {
            return 512;
        }
        return Math.min(Math.max(512, opt.getPayloadSize()), 65535);
    }

    private static Message truncated(Message query, Message full) {
        Message reply = new Message(full.getHeader().getID());
        Header header = reply.getHeader();
        for (int flag : new int[] {Flags.QR, Flags.AA, Flags.RD}) {
            if (full.getHeader().getFlag(flag)) {
                header.setFlag(flag);
            }
        }
        header.setFlag(Flags.TC);
        header.setRcode(full.getHeader().getRcode());
        reply.addRecord(query.getQuestion(), Section.QUESTION);
        if (query.getOPT() != null) {
            reply.addRecord(new OPTRecord(EDNS_PAYLOAD, 0, 0), Section.ADDITIONAL);
        }
        return reply;
    }

    private static Optional<byte[]> formatError(byte[] packet) {
        if (packet.length < HEADER_LENGTH) {
            return Optional.empty();
        }
        int id = ((packet[0] & 0xff) << 8) | (packet[1] & 0xff);
        Message reply = new Message(id);
        reply.getHeader().setFlag(Flags.QR);
        reply.getHeader().setRcode(Rcode.FORMERR);
        return Optional.of(reply.toWire());
    }
}

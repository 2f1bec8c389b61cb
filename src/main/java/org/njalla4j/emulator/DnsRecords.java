package org.njalla4j.emulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.Address;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Converts stored Njalla records into the DNS records the emulated nameservers serve.
 * Njalla's own types map as the service serves them: an ANAME whose content is an
 * address becomes an A or AAAA record, a Dynamic record becomes the A or AAAA records of
 * its current addresses, and Redirect and Static records (web features) serve nothing.
 */
final class DnsRecords {

    private DnsRecords() {
    }

    static boolean isAddress(String text) {
        return text != null && (Address.isDottedQuad(text)
                || Address.toByteArray(text, Address.IPv6) != null);
    }

    /**
     * The DNS form of {@code record} in zone {@code domain}.
     *
     * @param strict whether unparseable content throws -32000 (when validating a request)
     *     or yields no records (when serving stored data)
     */
    static List<Record> toDns(String domain, RecordState record, boolean strict) {
        try {
            Name zone = Name.fromString(domain, Name.root);
            Name owner = "@".equals(record.name) ? zone : Name.fromString(record.name, zone);
            long ttl = record.ttl == null ? 60 : record.ttl;
            return build(zone, owner, ttl, record);
        } catch (IOException | IllegalArgumentException e) {
            if (strict) {
                throw ApiError.invalidArguments();
            }
            return List.of();
        }
    }

    private static List<Record> build(Name zone, Name owner, long ttl, RecordState record)
            throws IOException {
        return switch (record.type) {
            case "TXT" -> List.of(txt(owner, ttl, record.content));
            case "ANAME" -> addresses(owner, ttl, isAddress(record.content)
                    ? List.of(record.content) : List.of());
            case "Dynamic" -> addresses(owner, ttl, record.currentIps);
            case "Redirect", "Static" -> List.of();
            default -> List.of(Record.fromString(owner, Type.value(record.type), DClass.IN, ttl,
                    rdata(zone, record), zone));
        };
    }

    private static String rdata(Name zone, RecordState r) throws TextParseException {
        return switch (r.type) {
            case "CNAME", "NS", "PTR" -> host(zone, r.content);
            case "MX" -> r.prio + " " + host(zone, r.content);
            case "SRV" -> r.prio + " " + r.weight + " " + r.port + " " + host(zone, r.content);
            case "SSHFP" -> r.sshAlgorithm + " " + r.sshType + " " + r.content;
            case "HTTPS", "SVCB" -> r.prio + " " + host(zone, r.target);
            default -> r.content;
        };
    }

    /**
     * An absolute host name for a content field. {@code @} is the zone; a name with a dot
     * is taken as fully qualified, trailing dot or not; a single label is relative to the
     * zone. NOTE: how the real service reads a dotted name without a trailing dot is not
     * documented; this follows what its web interface suggests.
     */
    private static String host(Name zone, String content) throws TextParseException {
        if (content == null || content.isBlank()) {
            throw new TextParseException("empty host name");
        }
        if (content.equals("@")) {
            return zone.toString();
        }
        if (content.endsWith(".")) {
            return content;
        }
        String ascii = RecordFields.toAscii(content);
        return ascii.contains(".") ? ascii + "." : ascii + "." + zone;
    }

    private static List<Record> addresses(Name owner, long ttl, List<String> ips)
            throws IOException {
        List<Record> result = new ArrayList<>();
        for (String ip : ips) {
            if (Address.isDottedQuad(ip)) {
                result.add(new ARecord(owner, DClass.IN, ttl, Address.getByAddress(ip)));
            } else if (isAddress(ip)) {
                result.add(new AAAARecord(owner, DClass.IN, ttl,
                        Address.getByAddress(ip, Address.IPv6)));
            }
        }
        return result;
    }

    /**
     * A TXT record holding {@code content} exactly: its UTF-8 bytes are split into
     * character-strings of at most 255 bytes, each byte written in dnsjava's escaped
     * presentation form so that no backslash or quote in the content is interpreted.
     */
    static TXTRecord txt(Name owner, long ttl, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        List<String> strings = new ArrayList<>();
        for (int start = 0; start < bytes.length; start += 255) {
            StringBuilder chunk = new StringBuilder();
            for (int i = start; i < Math.min(bytes.length, start + 255); i++) {
                int b = bytes[i] & 0xff;
                if (b > 0x20 && b < 0x7f && b != '\\' && b != '"') {
                    chunk.append((char) b);
                } else {
                    chunk.append(String.format("\\%03d", b));
                }
            }
            strings.add(chunk.toString());
        }
        return new TXTRecord(owner, DClass.IN, ttl, strings);
    }
}

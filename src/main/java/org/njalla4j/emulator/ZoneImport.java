package org.njalla4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.SSHFPRecord;
import org.xbill.DNS.SVCBBase;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;
import org.xbill.DNS.utils.base16;

/**
 * import-zone: parses a BIND zone file with dnsjava and appends its records. The SOA
 * and the apex NS set are skipped because the service provides its own. The whole file
 * is checked before anything is stored, so a bad line adds nothing. TTLs are rounded to
 * the nearest TTL Njalla offers. {@code $INCLUDE} is rejected, as it would read files
 * on the emulator's host.
 */
final class ZoneImport {

    private ZoneImport() {
    }

    static void register(Map<String, MethodHandler> table) {
        table.put("import-zone", ZoneImport::importZone);
    }

    private static JsonNode importZone(Call call) {
        DomainState domain = call.domain();
        List<RecordState> parsed = parse(domain.name, call.params().string("zone"));
        for (RecordState record : parsed) {
            call.policy().checkRecord(record.name, record.type);
        }
        EmulatorState state = call.state();
        for (RecordState record : parsed) {
            record.id = call.account().nextId();
            domain.records.add(record);
            domain.publish(record, state.now(), state.settings().propagationDelay());
        }
        return JsonNodeFactory.instance.objectNode();
    }

    static List<RecordState> parse(String domain, String zone) {
        List<RecordState> result = new ArrayList<>();
        try (Master master = new Master(new ByteArrayInputStream(
                zone.getBytes(StandardCharsets.UTF_8)), Name.fromString(domain + "."), 3600)) {
            master.disableIncludes(true);
            Name origin = Name.fromString(domain + ".");
            for (Record record = master.nextRecord(); record != null;
                    record = master.nextRecord()) {
                if (!record.getName().subdomain(origin)) {
                    throw ApiError.invalidArguments();
                }
                boolean apexNs = record.getType() == Type.NS && record.getName().equals(origin);
                if (record.getType() != Type.SOA && !apexNs) {
                    result.add(convert(domain, origin, record));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw ApiError.invalidArguments();
        }
        return result;
    }

    private static RecordState convert(String domain, Name origin, Record record) {
        String type = RecordFields.canonicalType(Type.string(record.getType()));
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        params.put("type", type);
        params.put("name", record.getName().equals(origin) ? "@"
                : record.getName().relativize(origin).toString());
        params.put("ttl", nearestTtl(record.getTTL()));
        fill(params, record);
        return RecordFields.create(domain, new Params(params));
    }

    private static void fill(ObjectNode params, Record record) {
        if (record instanceof TXTRecord txt) {
            params.put("content", String.join("", txt.getStrings()));
        } else if (record instanceof MXRecord mx) {
            params.put("prio", mx.getPriority());
            params.put("content", host(mx.getTarget()));
        } else if (record instanceof SRVRecord srv) {
            params.put("prio", srv.getPriority());
            params.put("weight", srv.getWeight());
            params.put("port", srv.getPort());
            params.put("content", host(srv.getTarget()));
        } else if (record instanceof SSHFPRecord sshfp) {
            params.put("ssh_algorithm", sshfp.getAlgorithm());
            params.put("ssh_type", sshfp.getDigestType());
            params.put("content", base16.toString(sshfp.getFingerPrint()));
        } else if (record instanceof SVCBBase svcb) {
            params.remove("ttl");
            params.put("prio", svcb.getSvcPriority());
            params.put("target", host(svcb.getTargetName()));
        } else if (record instanceof CNAMERecord cname) {
            params.put("content", host(cname.getTarget()));
        } else if (record instanceof NSRecord ns) {
            params.put("content", host(ns.getTarget()));
        } else if (record instanceof PTRRecord ptr) {
            params.put("content", host(ptr.getTarget()));
        } else {
            params.put("content", record.rdataToString());
        }
    }

    private static String host(Name name) {
        String text = name.toString();
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /** Rounds {@code ttl} to the closest offered TTL, to the larger one on a tie. */
    static int nearestTtl(long ttl) {
        int best = RecordFields.VALID_TTLS.get(0);
        for (int candidate : RecordFields.VALID_TTLS) {
            if (Math.abs(candidate - ttl) <= Math.abs(best - ttl)) {
                best = candidate;
            }
        }
        return best;
    }
}

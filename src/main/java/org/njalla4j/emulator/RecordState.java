package org.njalla4j.emulator;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One DNS record as the emulated API stores it: Njalla's field names, the name relative
 * to the zone ({@code @} for the apex) and the id as an opaque string. Instances are
 * mutable state guarded by the emulator's lock; {@link #copy()} makes the snapshot that
 * the DNS side publishes.
 */
final class RecordState {

    public String id;
    public String name;
    public String type;
    public String content;
    public Integer ttl;
    public Integer prio;
    public Integer weight;
    public Integer port;
    public String target;
    public Integer sshAlgorithm;
    public Integer sshType;
    /** Addresses of a {@code Dynamic} record, as its update URL last set them. */
    public List<String> currentIps = new ArrayList<>();

    RecordState copy() {
        RecordState copy = new RecordState();
        copy.id = id;
        copy.name = name;
        copy.type = type;
        copy.content = content;
        copy.ttl = ttl;
        copy.prio = prio;
        copy.weight = weight;
        copy.port = port;
        copy.target = target;
        copy.sshAlgorithm = sshAlgorithm;
        copy.sshType = sshType;
        copy.currentIps = new ArrayList<>(currentIps);
        return copy;
    }

    /**
     * Renders the record as {@code list-records} does: no {@code domain} member, and only
     * the fields that apply to the type. A Dynamic record's {@code update_url} points at
     * {@code updateBase}, the emulator's own update endpoint.
     */
    ObjectNode toJson(boolean numericIds, String domain, String updateBase) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        if (numericIds && id.matches("\\d{1,18}")) {
            json.put("id", Long.parseLong(id));
        } else {
            json.put("id", id);
        }
        json.put("name", name);
        json.put("type", type);
        putIfSet(json, "content", content);
        putIfSet(json, "ttl", ttl);
        putIfSet(json, "prio", prio);
        putIfSet(json, "weight", weight);
        putIfSet(json, "port", port);
        putIfSet(json, "target", target);
        putIfSet(json, "ssh_algorithm", sshAlgorithm);
        putIfSet(json, "ssh_type", sshType);
        if ("Dynamic".equals(type)) {
            String host = "@".equals(name) ? domain : name + "." + domain;
            json.put("update_url", updateBase + "?h=" + host + "&k=" + content + "&auto");
            currentIps.forEach(json.putArray("current_ips")::add);
        }
        return json;
    }

    private static void putIfSet(ObjectNode json, String field, Object value) {
        if (value instanceof String text) {
            json.put(field, text);
        } else if (value instanceof Integer number) {
            json.put(field, number);
        }
    }
}

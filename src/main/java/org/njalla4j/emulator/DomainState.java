package org.njalla4j.emulator;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.xbill.DNS.Record;

/**
 * One domain of the emulated account: its settings, the records the API shows, and the
 * versions of those records that the nameservers serve after the propagation delay.
 */
final class DomainState {

    public String name;
    public String status = "active";
    public String expiry;
    public boolean autorenew;
    public boolean mailforwarding;
    public boolean dnssec;
    public boolean locked = true;
    public JsonNode contacts;
    public List<String> nameservers = new ArrayList<>();
    public List<RecordState> records = new ArrayList<>();
    public List<ObjectNode> forwards = new ArrayList<>();
    public List<ObjectNode> glue = new ArrayList<>();
    public List<ObjectNode> dnssecRecords = new ArrayList<>();
    /** SOA serial before the changes still listed in {@link #published}. */
    @JsonIgnore
    long serial = 1;

    @JsonIgnore
    final List<PublishedRecord> published = new ArrayList<>();

    /** The serial as saved: the value once every scheduled change is visible. */
    @JsonProperty("serial")
    long savedSerial() {
        return finalSerial();
    }

    @JsonProperty("serial")
    void restoreSerial(long value) {
        serial = value;
    }

    Optional<RecordState> record(String id) {
        return records.stream().filter(r -> r.id.equals(id)).findFirst();
    }

    /**
     * Publishes every stored record at once, as after loading a saved state. Changes
     * that were still propagating when the state was saved become visible at once.
     */
    void publishAll(Instant now) {
        published.clear();
        records.forEach(r -> published.add(new PublishedRecord(r.copy(), now)));
    }

    /** Schedules a new or changed record to appear on the nameservers after {@code delay}. */
    void publish(RecordState record, Instant now, Duration delay) {
        published.add(new PublishedRecord(record.copy(), now.plus(delay)));
    }

    /** Schedules the current version of record {@code id} to disappear after {@code delay}. */
    void unpublish(String id, Instant now, Duration delay) {
        for (PublishedRecord version : published) {
            if (version.record.id.equals(id) && version.visibleUntil == null) {
                version.visibleUntil = now.plus(delay);
            }
        }
    }

    /** The DNS records the nameservers serve at {@code now}, SOA and NS excepted. */
    List<Record> visibleDns(Instant now) {
        prune(now);
        List<Record> visible = new ArrayList<>();
        for (PublishedRecord version : published) {
            if (version.visibleAt(now)) {
                visible.addAll(version.dns(name));
            }
        }
        return visible;
    }

    /** The SOA serial at {@code now}: it grows by one for each change the servers show. */
    long serialAt(Instant now) {
        prune(now);
        long value = serial;
        for (PublishedRecord version : published) {
            value += version.eventsAt(now);
        }
        return value;
    }

    private long finalSerial() {
        long value = serial;
        for (PublishedRecord version : published) {
            value += version.visibleUntil == null ? 1 : 2;
        }
        return value;
    }

    private void prune(Instant now) {
        Iterator<PublishedRecord> it = published.iterator();
        while (it.hasNext()) {
            PublishedRecord version = it.next();
            if (version.visibleUntil != null && !now.isBefore(version.visibleUntil)) {
                serial += 2;
                it.remove();
            }
        }
    }

    /** Renders the domain as {@code get-domain} returns it. */
    ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("name", name);
        json.put("status", status);
        json.put("expiry", expiry);
        json.put("autorenew", autorenew);
        json.put("mailforwarding", mailforwarding);
        json.put("dnssec", dnssec);
        json.put("locked", locked);
        json.put("max_nameservers", 10);
        json.put("dnssec_type", "dsData");
        nameservers.forEach(json.putArray("nameservers")::add);
        if (contacts != null) {
            json.set("contacts", contacts.deepCopy());
        }
        return json;
    }

    /** Renders the short form that {@code list-domains} returns. */
    ObjectNode toSummaryJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("name", name);
        json.put("status", status);
        json.put("expiry", expiry);
        json.put("autorenew", autorenew);
        return json;
    }
}

package org.njalla4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The record methods: list-records, add-record, edit-record, remove-record. Every change
 * is scheduled on the nameservers after the propagation delay.
 */
final class RecordMethods {

    private RecordMethods() {
    }

    static void register(Map<String, MethodHandler> table) {
        table.put("list-records", RecordMethods::list);
        table.put("add-record", RecordMethods::add);
        table.put("edit-record", RecordMethods::edit);
        table.put("remove-record", RecordMethods::remove);
    }

    /**
     * Returns the whole zone, except that a token with prefix or type lists sees only the
     * records it may change, so that it learns nothing outside its reach.
     */
    private static JsonNode list(Call call) {
        DomainState domain = call.domain();
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ArrayNode records = result.putArray("records");
        for (RecordState record : domain.records) {
            if (call.policy().allowsRecord(record.name, record.type)) {
                records.add(json(call, domain, record));
            }
        }
        return result;
    }

    /** Appends a record, exact duplicates included, and returns it as stored. */
    private static JsonNode add(Call call) {
        DomainState domain = call.domain();
        RecordState record = RecordFields.create(domain.name, call.params());
        call.policy().checkRecord(record.name, record.type);
        record.id = call.account().nextId();
        domain.records.add(record);
        domain.publish(record, call.state().now(), call.state().settings().propagationDelay());
        return json(call, domain, record);
    }

    /** Changes the given fields of a record; the type stays. Returns the whole record. */
    private static JsonNode edit(Call call) {
        DomainState domain = call.domain();
        RecordState existing = existing(domain, call.params());
        call.policy().checkRecord(existing.name, existing.type);
        RecordState edited = RecordFields.edit(domain.name, existing, call.params());
        call.policy().checkRecord(edited.name, edited.type);
        domain.records.set(domain.records.indexOf(existing), edited);
        reschedule(call, domain, edited);
        return json(call, domain, edited);
    }

    /**
     * Removes one record by id and returns {@code {}}, or, without an id, every record
     * matching the given name, type and other fields, returning them as {@code records}.
     * An id that does not exist (already removed, say) is -32000 "Invalid arguments", the
     * service's answer for an invalid id.
     */
    private static JsonNode remove(Call call) {
        DomainState domain = call.domain();
        Params params = call.params();
        if (params.has("id") || !params.has("name")) {
            RecordState record = existing(domain, params);
            call.policy().checkRecord(record.name, record.type);
            delete(call, domain, record);
            return JsonNodeFactory.instance.objectNode();
        }
        List<RecordState> matches = matching(domain, params);
        for (RecordState record : matches) {
            call.policy().checkRecord(record.name, record.type);
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ArrayNode removed = result.putArray("records");
        for (RecordState record : matches) {
            delete(call, domain, record);
            removed.add(json(call, domain, record));
        }
        return result;
    }

    private static List<RecordState> matching(DomainState domain, Params params) {
        String name = RecordFields.relativeName(domain.name, params.string("name"));
        Optional<String> type = params.optString("type").map(RecordFields::canonicalType);
        Optional<String> content = params.optString("content");
        Optional<Integer> ttl = params.optInt("ttl");
        List<RecordState> matches = new ArrayList<>();
        for (RecordState record : domain.records) {
            if (record.name.equals(name)
                    && type.map(record.type::equals).orElse(true)
                    && content.map(c -> c.equals(record.content)).orElse(true)
                    && ttl.map(t -> t.equals(record.ttl)).orElse(true)) {
                matches.add(record);
            }
        }
        return matches;
    }

    private static RecordState existing(DomainState domain, Params params) {
        return domain.record(params.string("id")).orElseThrow(ApiError::invalidArguments);
    }

    private static void delete(Call call, DomainState domain, RecordState record) {
        domain.records.remove(record);
        domain.unpublish(record.id, call.state().now(), call.state().settings().propagationDelay());
    }

    private static void reschedule(Call call, DomainState domain, RecordState record) {
        EmulatorState state = call.state();
        domain.unpublish(record.id, state.now(), state.settings().propagationDelay());
        domain.publish(record, state.now(), state.settings().propagationDelay());
    }

    private static ObjectNode json(Call call, DomainState domain, RecordState record) {
        return record.toJson(call.state().settings().numericIds(), domain.name,
                call.state().updateUrl());
    }
}

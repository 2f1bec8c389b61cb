package org.njalla4j.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * An API token of the emulated account with its restrictions. An empty list means "no
 * restriction" for that dimension, as on the real service.
 */
final class TokenState {

    /** Methods, prefixes and types that {@code acme=true} sets, overriding other lists. */
    static final List<String> ACME_METHODS =
            List.of("add-record", "edit-record", "remove-record", "list-records");
    static final List<String> ACME_PREFIXES = List.of("_acme-challenge");
    static final List<String> ACME_TYPES = List.of("TXT");

    public String key;
    public String created;
    public String comment;
    public boolean acme;
    public List<String> from = new ArrayList<>();
    public List<String> allowedDomains = new ArrayList<>();
    public List<String> allowedServers = new ArrayList<>();
    public List<String> allowedMethods = new ArrayList<>();
    public List<String> allowedPrefixes = new ArrayList<>();
    public List<String> allowedTypes = new ArrayList<>();

    /** Renders the token as {@code add-token} and {@code list-tokens} return it. */
    ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("key", key);
        json.put("created", created);
        if (comment == null) {
            json.putNull("comment");
        } else {
            json.put("comment", comment);
        }
        putList(json, "from", from);
        putList(json, "allowed_domains", allowedDomains);
        putList(json, "allowed_servers", allowedServers);
        putList(json, "allowed_methods", allowedMethods);
        putList(json, "allowed_prefixes", allowedPrefixes);
        putList(json, "allowed_types", allowedTypes);
        json.put("acme", acme);
        return json;
    }

    private static void putList(ObjectNode json, String field, List<String> values) {
        ArrayNode array = json.putArray(field);
        values.forEach(array::add);
    }
}

package org.njalla4j.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** DNS record methods of the Njalla API. */
public final class RecordsApi {

    private final NjallaClient client;

    RecordsApi(NjallaClient client) {
        this.client = client;
    }

    /**
     * {@code list-records}: every record of the zone; the API has no filter. Accepts
     * {@code {"records": [...]}} and a bare list, and ids as JSON numbers or strings.
     */
    public List<DnsRecord> list(String domain) throws NjallaException {
        Objects.requireNonNull(domain, "domain");
        JsonNode result = client.call("list-records", Map.of("domain", domain));
        return JsonFields.list("list-records", result, "records",
                node -> RecordParser.parse("list-records", node));
    }

    /**
     * {@code add-record}: appends a record. Njalla accepts exact duplicates, so this is
     * never retried; after a transport failure, list the records to learn whether the
     * record was created.
     */
    public DnsRecord add(AddRecordRequest request) throws NjallaException {
        Objects.requireNonNull(request, "request");
        JsonNode result = client.call("add-record", request.toParams());
        return RecordParser.parse("add-record", result);
    }

    /**
     * {@code edit-record}: changes fields of one record and returns it as stored. When
     * the result omits the id, the request's id is filled in. Not retried after a
     * failure; list the records to see whether the change was applied.
     */
    public DnsRecord edit(EditRecordRequest request) throws NjallaException {
        Objects.requireNonNull(request, "request");
        JsonNode result = client.call("edit-record", request.toParams());
        if (result.isObject() && !result.hasNonNull("id")) {
            ObjectNode withId = ((ObjectNode) result).deepCopy();
            withId.put("id", request.id());
            result = withId;
        }
        return RecordParser.parse("edit-record", result);
    }

    /** {@code remove-record}: removes one record by its id. */
    public void remove(String domain, String id) throws NjallaException {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("remove-record: empty record id for " + domain
                    + "; give the id that list-records returned");
        }
        client.call("remove-record", Map.of("domain", domain, "id", id));
    }
}

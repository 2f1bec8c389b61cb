package org.njalla4j.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** DNS record methods of the Njalla API. */
public final class RecordsApi {

    private final NjallaClient client;

    RecordsApi(NjallaClient client) {
        this.client = client;
    }

    /** {@code list-records}: every record of the zone; the API has no filter. */
    public List<DnsRecord> list(String domain) throws NjallaException {
        Objects.requireNonNull(domain, "domain");
        JsonNode result = client.call("list-records", Map.of("domain", domain));
        JsonNode records = result.isArray() ? result : result.path("records");
        if (!records.isArray()) {
            throw new MalformedResponseException("list-records for " + domain
                    + " returned no records list");
        }
        List<DnsRecord> parsed = new ArrayList<>();
        for (JsonNode record : records) {
            parsed.add(RecordParser.parse("list-records", record));
        }
        return List.copyOf(parsed);
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

    /** {@code remove-record}: removes one record by its id. */
    public void remove(String domain, String id) throws NjallaException {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(id, "id");
        client.call("remove-record", Map.of("domain", domain, "id", id));
    }
}

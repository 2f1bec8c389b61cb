package org.njalla4j.client;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** DNSSEC methods of the Njalla API. */
public final class DnssecApi {

    private final NjallaClient client;

    DnssecApi(NjallaClient client) {
        this.client = client;
    }

    /** {@code list-dnssec}: the domain's DNSSEC records. */
    public List<DnssecRecord> list(String domain) throws NjallaException {
        Objects.requireNonNull(domain, "domain");
        return JsonFields.list("list-dnssec",
                client.call("list-dnssec", Map.of("domain", domain)), "dnssec",
                DnssecRecord::parse);
    }

    /** {@code add-dnssec}: adds DS data or a public key to the parent zone. */
    public void add(AddDnssecRequest request) throws NjallaException {
        Objects.requireNonNull(request, "request");
        client.call("add-dnssec", request.toParams());
    }

    /** {@code remove-dnssec}: removes the DNSSEC record with this id. */
    public void remove(String domain, String id) throws NjallaException {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(id, "id");
        client.call("remove-dnssec", Map.of("domain", domain, "id", id));
    }
}

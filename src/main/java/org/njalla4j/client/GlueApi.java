package org.njalla4j.client;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Glue record methods of the Njalla API. */
public final class GlueApi {

    private final NjallaClient client;

    GlueApi(NjallaClient client) {
        this.client = client;
    }

    /** {@code list-glue}: the domain's glue records. */
    public List<Glue> list(String domain) throws NjallaException {
        Objects.requireNonNull(domain, "domain");
        return JsonFields.list("list-glue", client.call("list-glue", Map.of("domain", domain)),
                "glue", Glue::parse);
    }

    /**
     * {@code add-glue}: publishes addresses for the nameserver {@code name} (a label
     * inside the domain, such as {@code ns1}).
     *
     * @param address4 IPv4 address, or null
     * @param address6 IPv6 address, or null; at least one address is required
     */
    public void add(String domain, String name, String address4, String address6)
            throws NjallaException {
        send("add-glue", domain, name, address4, address6);
    }

    /** {@code edit-glue}: replaces the addresses of an existing glue record. */
    public void edit(String domain, String name, String address4, String address6)
            throws NjallaException {
        send("edit-glue", domain, name, address4, address6);
    }

    /** {@code remove-glue}: removes the glue record {@code name}. */
    public void remove(String domain, String name) throws NjallaException {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(name, "name");
        client.call("remove-glue", Map.of("domain", domain, "name", name));
    }

    private void send(String method, String domain, String name, String address4,
            String address6) throws NjallaException {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException(method + ": empty glue name; give the nameserver"
                    + " label, such as ns1");
        }
        if (address4 == null && address6 == null) {
            throw new IllegalArgumentException(method + ": no address for " + name
                    + "; give an IPv4 address, an IPv6 address or both");
        }
        client.call(method, Params.of("domain", domain, "name", name, "address4", address4,
                "address6", address6));
    }
}

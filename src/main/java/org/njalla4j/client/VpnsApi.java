package org.njalla4j.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** VPN methods of the Njalla API. */
public final class VpnsApi {

    /** The maximum renewal period, in months, that this client sends. */
    public static final int MAX_MONTHS = 12;

    private final NjallaClient client;

    VpnsApi(NjallaClient client) {
        this.client = client;
    }

    /** {@code list-vpns}: the account's VPN clients. */
    public List<Vpn> list() throws NjallaException {
        return JsonFields.list("list-vpns", client.call("list-vpns", Map.of()), "vpns",
                node -> Vpn.parse("list-vpns", node, null));
    }

    /** {@code get-vpn}: details of one VPN client. */
    public Vpn get(String id) throws NjallaException {
        Objects.requireNonNull(id, "id");
        return Vpn.parse("get-vpn", client.call("get-vpn", Map.of("id", id)), id);
    }

    /** {@code add-vpn}: orders a VPN client, paid from the wallet. Never retried. */
    public Vpn add(String name, boolean autorenew) throws NjallaException {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("add-vpn: empty VPN name; give a name");
        }
        JsonNode result = client.call("add-vpn", Params.of("name", name, "autorenew", autorenew));
        return Vpn.parse("add-vpn", result, null);
    }

    /** {@code edit-vpn}: changes a VPN's name, renewal, backend or WireGuard key. */
    public Vpn edit(EditVpnRequest request) throws NjallaException {
        Objects.requireNonNull(request, "request");
        return Vpn.parse("edit-vpn", client.call("edit-vpn", request.toParams()), request.id());
    }

    /** {@code remove-vpn}: removes the VPN client. */
    public void remove(String id) throws NjallaException {
        Objects.requireNonNull(id, "id");
        client.call("remove-vpn", Map.of("id", id));
    }

    /** {@code renew-vpn}: extends the VPN by {@code months}, paid from the wallet. */
    public Vpn renew(String id, int months) throws NjallaException {
        Objects.requireNonNull(id, "id");
        AddServerRequest.checkMonths("renew-vpn", months, MAX_MONTHS);
        JsonNode result = client.call("renew-vpn", Map.of("id", id, "months", months));
        return Vpn.parse("renew-vpn", result, id);
    }
}

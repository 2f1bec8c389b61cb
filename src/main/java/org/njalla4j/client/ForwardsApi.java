package org.njalla4j.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Email forward methods of the Njalla API. */
public final class ForwardsApi {

    private final NjallaClient client;

    ForwardsApi(NjallaClient client) {
        this.client = client;
    }

    /** {@code list-forwards}: the domain's email forwards. */
    public List<Forward> list(String domain) throws NjallaException {
        Objects.requireNonNull(domain, "domain");
        JsonNode result = client.call("list-forwards", Map.of("domain", domain));
        return JsonFields.list("list-forwards", result, "forwards",
                node -> Forward.parse("list-forwards", domain, node));
    }

    /**
     * {@code add-forward}: forwards mail for {@code from} at the domain to {@code to}.
     * Returns the forward as stored; an empty result yields the request's values.
     */
    public Forward add(String domain, String from, String to) throws NjallaException {
        Map<String, Object> params = params("add-forward", domain, from, to);
        JsonNode result = client.call("add-forward", params);
        if (result.isObject() && !result.has("from")) {
            return new Forward(domain, from, to, result.deepCopy());
        }
        return Forward.parse("add-forward", domain, result);
    }

    /** {@code remove-forward}: removes the forward from {@code from} to {@code to}. */
    public void remove(String domain, String from, String to) throws NjallaException {
        client.call("remove-forward", params("remove-forward", domain, from, to));
    }

    private static Map<String, Object> params(String method, String domain, String from,
            String to) {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isBlank() || to.isBlank()) {
            throw new IllegalArgumentException(method + ": empty address (from '" + from
                    + "', to '" + to + "'); give both addresses");
        }
        return Params.of("domain", domain, "from", from, "to", to);
    }
}

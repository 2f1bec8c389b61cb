package org.njalla4j.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Domain methods of the Njalla API. */
public final class DomainsApi {

    /** The maximum registration or renewal period, in years, that this client sends. */
    public static final int MAX_YEARS = 10;

    private final NjallaClient client;

    DomainsApi(NjallaClient client) {
        this.client = client;
    }

    /** {@code list-domains}: the account's domains (name, status and expiry). */
    public List<Domain> list() throws NjallaException {
        JsonNode result = client.call("list-domains", Map.of());
        return JsonFields.list("list-domains", result, "domains",
                node -> Domain.parse("list-domains", node));
    }

    /**
     * {@code get-domain}: details of one domain of the account. A domain outside the
     * account fails with a permission-denied {@link NjallaApiException}.
     */
    public Domain get(String domain) throws NjallaException {
        Objects.requireNonNull(domain, "domain");
        return Domain.parse("get-domain", client.call("get-domain", Map.of("domain", domain)));
    }

    /** {@code find-domains}: names matching {@code query}, with availability and price. */
    public List<DomainOffer> find(String query) throws NjallaException {
        Objects.requireNonNull(query, "query");
        JsonNode result = client.call("find-domains", Map.of("query", query));
        return JsonFields.list("find-domains", result, "domains", DomainOffer::parse);
    }

    /**
     * {@code get-tlds}: the TLDs Njalla sells, in the order the API lists them. Accepts
     * an object keyed by TLD (as documented), the same under {@code tlds}, or a list.
     */
    public List<TldInfo> tlds() throws NjallaException {
        JsonNode result = client.call("get-tlds", Map.of());
        JsonNode tlds = result.has("tlds") ? result.get("tlds") : result;
        if (tlds.isArray()) {
            return JsonFields.list("get-tlds", tlds, "tlds", node -> TldInfo.parse(null, node));
        }
        List<TldInfo> parsed = new ArrayList<>();
        tlds.fields().forEachRemaining(entry ->
                parsed.add(TldInfo.parse(entry.getKey(), entry.getValue())));
        return List.copyOf(parsed);
    }

    /**
     * {@code edit-domain}: changes domain settings and returns the domain. When the
     * result omits the name, the request's domain is filled in.
     */
    public Domain edit(EditDomainRequest request) throws NjallaException {
        Objects.requireNonNull(request, "request");
        JsonNode result = client.call("edit-domain", request.toParams());
        if (result.isObject() && !result.hasNonNull("name")) {
            ObjectNode named = ((ObjectNode) result).deepCopy();
            named.put("name", request.domain());
            result = named;
        }
        return Domain.parse("edit-domain", result);
    }

    /**
     * {@code import-zone}: adds the records of a BIND zone file to the domain.
     *
     * @param zone the zone file's text
     */
    public void importZone(String domain, String zone) throws NjallaException {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(zone, "zone");
        client.call("import-zone", Map.of("domain", domain, "zone", zone));
    }

    /**
     * {@code register-domain}: starts registering a domain, paid from the wallet, and
     * returns the task id; wait for it with {@link TokensApi#awaitTask}. Never retried.
     */
    public String register(String domain, int years) throws NjallaException {
        return startTask("register-domain", domain, years);
    }

    /** {@code renew-domain}: starts a renewal and returns the task id. Never retried. */
    public String renew(String domain, int years) throws NjallaException {
        return startTask("renew-domain", domain, years);
    }

    private String startTask(String method, String domain, int years) throws NjallaException {
        Objects.requireNonNull(domain, "domain");
        if (years < 1 || years > MAX_YEARS) {
            throw new IllegalArgumentException(method + ": invalid years " + years
                    + "; use 1 to " + MAX_YEARS);
        }
        JsonNode result = client.call(method, Map.of("domain", domain, "years", years));
        return JsonFields.requiredText(method, result, "task");
    }
}

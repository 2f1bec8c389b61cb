package org.njalla4j.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The token settings that {@code add-token} and {@code edit-token} share, so both builders
 * offer the same setters with the same wire names.
 *
 * @param <B> the concrete builder, returned by every setter for chaining
 */
abstract class TokenSettingsBuilder<B extends TokenSettingsBuilder<B>> {

    /** The parameters in wire order. */
    final Map<String, Object> params = new LinkedHashMap<>();

    abstract B self();

    public B comment(String comment) {
        params.put("comment", Objects.requireNonNull(comment, "comment"));
        return self();
    }

    /** IPv4 or IPv6 addresses or networks (CIDR) that may use the token. */
    public B from(List<String> from) {
        return list("from", from);
    }

    public B allowedDomains(List<String> domains) {
        return list("allowed_domains", domains);
    }

    public B allowedServers(List<String> serverIds) {
        return list("allowed_servers", serverIds);
    }

    public B allowedMethods(List<String> methods) {
        return list("allowed_methods", methods);
    }

    public B allowedPrefixes(List<String> prefixes) {
        return list("allowed_prefixes", prefixes);
    }

    public B allowedTypes(List<String> types) {
        return list("allowed_types", types);
    }

    private B list(String field, List<String> values) {
        params.put(field, List.copyOf(Objects.requireNonNull(values, field)));
        return self();
    }

    /**
     * Checks the {@code from} list and copies the parameters into an unmodifiable map for
     * the built request.
     *
     * @param method wire name used in messages, such as {@code add-token}
     * @throws IllegalArgumentException when an entry of {@code from} is not an address
     *     or CIDR network
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> frozenParams(String method) {
        if (params.get("from") instanceof List<?> from) {
            AddressRules.checkNetworks(method, (List<String>) from);
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }
}

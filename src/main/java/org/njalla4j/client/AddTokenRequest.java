package org.njalla4j.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Parameters of {@code add-token}; every field is optional. */
public final class AddTokenRequest {

    private final Map<String, Object> params;

    private AddTokenRequest(Map<String, Object> params) {
        this.params = params;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The parameters as sent on the wire. */
    public Map<String, Object> toParams() {
        return params;
    }

    /** Builder for {@link AddTokenRequest}. */
    public static final class Builder {
        private final Map<String, Object> params = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder comment(String comment) {
            params.put("comment", Objects.requireNonNull(comment, "comment"));
            return this;
        }

        /** IPv4 or IPv6 addresses or networks (CIDR) that may use the token. */
        public Builder from(List<String> from) {
            return list("from", from);
        }

        public Builder allowedDomains(List<String> domains) {
            return list("allowed_domains", domains);
        }

        public Builder allowedServers(List<String> serverIds) {
            return list("allowed_servers", serverIds);
        }

        public Builder allowedMethods(List<String> methods) {
            return list("allowed_methods", methods);
        }

        public Builder allowedPrefixes(List<String> prefixes) {
            return list("allowed_prefixes", prefixes);
        }

        public Builder allowedTypes(List<String> types) {
            return list("allowed_types", types);
        }

        /**
         * Restricts the token to what a DNS-01 challenge needs: add-record, edit-record,
         * remove-record and list-records, on TXT records under {@code _acme-challenge}.
         * Njalla lets this override any method, prefix and type lists of the same call.
         */
        public Builder acme(boolean acme) {
            params.put("acme", acme);
            return this;
        }

        private Builder list(String field, List<String> values) {
            params.put(field, List.copyOf(new ArrayList<>(Objects.requireNonNull(values, field))));
            return this;
        }

        public AddTokenRequest build() {
            return new AddTokenRequest(Collections.unmodifiableMap(new LinkedHashMap<>(params)));
        }
    }
}

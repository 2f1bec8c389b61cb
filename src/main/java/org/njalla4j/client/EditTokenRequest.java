package org.njalla4j.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Parameters of {@code edit-token}: the token's key and the settings to change. Njalla
 * probably lets ACME tokens change only the comment and the {@code from} list.
 * {@link #toString()} leaves the key out.
 */
public final class EditTokenRequest {

    private final Map<String, Object> params;

    private EditTokenRequest(Map<String, Object> params) {
        this.params = params;
    }

    /** Starts an edit of the token with this key. */
    public static Builder builder(String key) {
        return new Builder(key);
    }

    /** The parameters as sent on the wire, including the key. */
    public Map<String, Object> toParams() {
        return params;
    }

    String key() {
        return (String) params.get("key");
    }

    @Override
    public String toString() {
        Map<String, Object> shown = new LinkedHashMap<>(params);
        shown.put("key", Redactor.MASK);
        return "EditTokenRequest" + shown;
    }

    /** Builder for {@link EditTokenRequest}. */
    public static final class Builder {
        private final Map<String, Object> params = new LinkedHashMap<>();

        private Builder(String key) {
            params.put("key", Objects.requireNonNull(key, "key"));
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

        private Builder list(String field, List<String> values) {
            params.put(field, List.copyOf(Objects.requireNonNull(values, field)));
            return this;
        }

        public EditTokenRequest build() {
            return new EditTokenRequest(Collections.unmodifiableMap(new LinkedHashMap<>(params)));
        }
    }
}

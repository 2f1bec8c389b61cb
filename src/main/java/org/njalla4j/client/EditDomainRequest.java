package org.njalla4j.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Parameters of {@code edit-domain}: the domain and the settings to change. */
public final class EditDomainRequest {

    private final Map<String, Object> params;

    private EditDomainRequest(Map<String, Object> params) {
        this.params = params;
    }

    public static Builder builder(String domain) {
        return new Builder(domain);
    }

    /** The parameters as sent on the wire. */
    public Map<String, Object> toParams() {
        return params;
    }

    public String domain() {
        return (String) params.get("domain");
    }

    /** Builder for {@link EditDomainRequest}. */
    public static final class Builder {
        private final Map<String, Object> params = new LinkedHashMap<>();

        private Builder(String domain) {
            params.put("domain", Objects.requireNonNull(domain, "domain"));
        }

        public Builder mailforwarding(boolean enabled) {
            params.put("mailforwarding", enabled);
            return this;
        }

        public Builder dnssec(boolean enabled) {
            params.put("dnssec", enabled);
            return this;
        }

        /** Sets or clears the registrar lock that blocks transfers. */
        public Builder lock(boolean locked) {
            params.put("lock", locked);
            return this;
        }

        /** Custom WHOIS contact ids, keyed by role as Njalla's web interface names them. */
        public Builder contacts(Map<String, String> contacts) {
            params.put("contacts", Map.copyOf(Objects.requireNonNull(contacts, "contacts")));
            return this;
        }

        /** Custom nameservers; an empty list returns the domain to Njalla's nameservers. */
        public Builder nameservers(List<String> nameservers) {
            Objects.requireNonNull(nameservers, "nameservers");
            params.put("nameservers", List.copyOf(nameservers));
            return this;
        }

        public EditDomainRequest build() {
            return new EditDomainRequest(Collections.unmodifiableMap(new LinkedHashMap<>(params)));
        }
    }
}

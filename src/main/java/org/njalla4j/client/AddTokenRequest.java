package org.njalla4j.client;

import java.util.Map;

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
    public static final class Builder extends TokenSettingsBuilder<Builder> {

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
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

        public AddTokenRequest build() {
            return new AddTokenRequest(frozenParams("add-token"));
        }
    }
}

package org.njalla4j.client;

import java.util.Map;

/**
 * Parameters of {@code reset-server}, which reinstalls a server and deletes its data.
 * Settings left unset keep their current values.
 */
public final class ResetServerRequest {

    private final Map<String, Object> params;

    private ResetServerRequest(Map<String, Object> params) {
        this.params = params;
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** The parameters as sent on the wire. */
    public Map<String, Object> toParams() {
        return params;
    }

    public String id() {
        return (String) params.get("id");
    }

    /** Builder for {@link ResetServerRequest}. */
    public static final class Builder extends ServerSettingsBuilder<Builder> {

        private Builder(String id) {
            super(id);
        }

        @Override
        Builder self() {
            return this;
        }

        /** Sets the image to install, from {@code list-server-images}. */
        public Builder os(String os) {
            return set("os", os);
        }

        public ResetServerRequest build() {
            return new ResetServerRequest(frozenParams());
        }
    }
}

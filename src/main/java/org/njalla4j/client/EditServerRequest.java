package org.njalla4j.client;

import java.util.Map;

/** Parameters of {@code edit-server}: the server's id and the settings to change. */
public final class EditServerRequest {

    private final Map<String, Object> params;

    private EditServerRequest(Map<String, Object> params) {
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

    /** Builder for {@link EditServerRequest}. */
    public static final class Builder extends ServerSettingsBuilder<Builder> {

        private Builder(String id) {
            super(id);
        }

        @Override
        Builder self() {
            return this;
        }

        public Builder name(String name) {
            return set("name", name);
        }

        /** Sets the PTR name of the server's addresses. */
        public Builder reverseName(String reverseName) {
            return set("reverse_name", reverseName);
        }

        public Builder autorenew(boolean autorenew) {
            return set("autorenew", autorenew);
        }

        public EditServerRequest build() {
            return new EditServerRequest(frozenParams());
        }
    }
}

package org.njalla4j.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

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
    public static final class Builder {
        private final Map<String, Object> params = new LinkedHashMap<>();

        private Builder(String id) {
            params.put("id", Objects.requireNonNull(id, "id"));
        }

        public Builder name(String name) {
            return set("name", name);
        }

        /** Sets a new size from {@code list-server-types}. */
        public Builder type(String type) {
            return set("type", type);
        }

        public Builder sshKey(String sshKey) {
            return set("ssh_key", sshKey);
        }

        /** Sets the PTR name of the server's addresses. */
        public Builder reverseName(String reverseName) {
            return set("reverse_name", reverseName);
        }

        public Builder autorenew(boolean autorenew) {
            return set("autorenew", autorenew);
        }

        private Builder set(String field, Object value) {
            params.put(field, Objects.requireNonNull(value, field));
            return this;
        }

        public EditServerRequest build() {
            return new EditServerRequest(Collections.unmodifiableMap(new LinkedHashMap<>(params)));
        }
    }
}

package org.njalla4j.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

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
    public static final class Builder {
        private final Map<String, Object> params = new LinkedHashMap<>();

        private Builder(String id) {
            params.put("id", Objects.requireNonNull(id, "id"));
        }

        /** Sets the image to install, from {@code list-server-images}. */
        public Builder os(String os) {
            return set("os", os);
        }

        public Builder sshKey(String sshKey) {
            return set("ssh_key", sshKey);
        }

        public Builder type(String type) {
            return set("type", type);
        }

        private Builder set(String field, Object value) {
            params.put(field, Objects.requireNonNull(value, field));
            return this;
        }

        public ResetServerRequest build() {
            return new ResetServerRequest(Collections.unmodifiableMap(new LinkedHashMap<>(params)));
        }
    }
}

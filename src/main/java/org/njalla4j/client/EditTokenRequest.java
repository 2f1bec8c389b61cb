package org.njalla4j.client;

import java.util.LinkedHashMap;
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
    public static final class Builder extends TokenSettingsBuilder<Builder> {

        private Builder(String key) {
            params.put("key", Objects.requireNonNull(key, "key"));
        }

        @Override
        Builder self() {
            return this;
        }

        public EditTokenRequest build() {
            return new EditTokenRequest(frozenParams("edit-token"));
        }
    }
}

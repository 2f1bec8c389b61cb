package org.njalla4j.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The server id and the settings that {@code edit-server} and {@code reset-server} share,
 * so both builders offer the same setters with the same wire names.
 *
 * @param <B> the concrete builder, returned by every setter for chaining
 */
abstract class ServerSettingsBuilder<B extends ServerSettingsBuilder<B>> {

    /** The parameters in wire order, starting with the server id. */
    final Map<String, Object> params = new LinkedHashMap<>();

    ServerSettingsBuilder(String id) {
        params.put("id", Objects.requireNonNull(id, "id"));
    }

    abstract B self();

    /** Sets the server type, which is its size, from {@code list-server-types}. */
    public B type(String type) {
        return set("type", type);
    }

    public B sshKey(String sshKey) {
        return set("ssh_key", sshKey);
    }

    B set(String field, Object value) {
        params.put(field, Objects.requireNonNull(value, field));
        return self();
    }

    /** Copies the parameters into an unmodifiable map for the built request. */
    Map<String, Object> frozenParams() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }
}

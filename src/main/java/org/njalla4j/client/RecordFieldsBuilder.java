package org.njalla4j.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The record fields that {@code add-record} and {@code edit-record} share, so both builders
 * offer the same setters with the same wire names and check them with {@link RecordRules}.
 *
 * @param <B> the concrete builder, returned by every setter for chaining
 */
abstract class RecordFieldsBuilder<B extends RecordFieldsBuilder<B>> {

    /** The parameters in wire order. */
    final Map<String, Object> params = new LinkedHashMap<>();

    abstract B self();

    public B content(String content) {
        return set("content", content);
    }

    public B ttl(int ttl) {
        return set("ttl", ttl);
    }

    public B prio(int prio) {
        return set("prio", prio);
    }

    public B weight(int weight) {
        return set("weight", weight);
    }

    public B port(int port) {
        return set("port", port);
    }

    public B target(String target) {
        return set("target", target);
    }

    public B sshAlgorithm(int sshAlgorithm) {
        return set("ssh_algorithm", sshAlgorithm);
    }

    public B sshType(int sshType) {
        return set("ssh_type", sshType);
    }

    B set(String field, Object value) {
        params.put(field, Objects.requireNonNull(value, field));
        return self();
    }

    /**
     * Checks the fields with {@link RecordRules#check} and returns an unmodifiable copy.
     *
     * @throws IllegalArgumentException naming the field and value of the first rule broken
     */
    Map<String, Object> checkedParams(String method) {
        RecordRules.check(method, params);
        return Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }
}

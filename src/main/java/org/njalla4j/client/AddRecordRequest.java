package org.njalla4j.client;

import java.util.Map;
import java.util.Objects;

/**
 * Parameters of {@code add-record}. {@link Builder#build()} checks the TTL and which
 * fields apply to the type before anything is sent.
 */
public final class AddRecordRequest {

    private final Map<String, Object> params;

    private AddRecordRequest(Map<String, Object> params) {
        this.params = params;
    }

    /** A TXT record, the shape every DNS-01 challenge uses. */
    public static AddRecordRequest txt(String domain, String name, String content, int ttl) {
        return builder(domain, "TXT", name).content(content).ttl(ttl).build();
    }

    /**
     * Starts a request for a record of {@code type} named {@code name} relative to the
     * zone {@code domain}; use {@code @} for the apex.
     */
    public static Builder builder(String domain, String type, String name) {
        return new Builder(domain, type, name);
    }

    /** The parameters as sent on the wire, in a stable order. */
    public Map<String, Object> toParams() {
        return params;
    }

    public String domain() {
        return (String) params.get("domain");
    }

    public String name() {
        return (String) params.get("name");
    }

    public String type() {
        return (String) params.get("type");
    }

    public String content() {
        return (String) params.get("content");
    }

    /** Builder for {@link AddRecordRequest}. */
    public static final class Builder extends RecordFieldsBuilder<Builder> {

        private Builder(String domain, String type, String name) {
            params.put("domain", Objects.requireNonNull(domain, "domain"));
            params.put("type", Objects.requireNonNull(type, "type"));
            params.put("name", Objects.requireNonNull(name, "name"));
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Validates and builds the request.
         *
         * @throws IllegalArgumentException naming the field and value when the name is
         *     empty, the TTL is not one Njalla offers, or a field does not apply to the type
         */
        public AddRecordRequest build() {
            return new AddRecordRequest(checkedParams("add-record"));
        }
    }
}

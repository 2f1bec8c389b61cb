package org.njalla4j.client;

import java.util.Map;
import java.util.Objects;

/**
 * Parameters of {@code edit-record}: the record's id and the fields to change. Njalla
 * cannot change a record's type; give the current type with {@link Builder#type} (or
 * start from {@link #builder(String, DnsRecord)}) so that the fields are checked
 * against it before sending.
 */
public final class EditRecordRequest {

    private final Map<String, Object> params;

    private EditRecordRequest(Map<String, Object> params) {
        this.params = params;
    }

    /** Starts an edit of the record {@code id} in the zone {@code domain}. */
    public static Builder builder(String domain, String id) {
        return new Builder(domain, id);
    }

    /** Starts an edit of {@code record}, taking its id and type. */
    public static Builder builder(String domain, DnsRecord record) {
        Objects.requireNonNull(record, "record");
        return new Builder(domain, record.id()).type(record.type());
    }

    /** The parameters as sent on the wire, in a stable order. */
    public Map<String, Object> toParams() {
        return params;
    }

    public String domain() {
        return (String) params.get("domain");
    }

    public String id() {
        return (String) params.get("id");
    }

    /** Builder for {@link EditRecordRequest}. */
    public static final class Builder extends RecordFieldsBuilder<Builder> {

        private Builder(String domain, String id) {
            params.put("id", Objects.requireNonNull(id, "id"));
            params.put("domain", Objects.requireNonNull(domain, "domain"));
        }

        /** Sets the record's current type, which Njalla does not change. */
        public Builder type(String type) {
            return set("type", type);
        }

        public Builder name(String name) {
            return set("name", name);
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Validates and builds the request.
         *
         * @throws IllegalArgumentException naming the field and value, as
         *     {@link RecordRules#check} does
         */
        public EditRecordRequest build() {
            return new EditRecordRequest(checkedParams("edit-record"));
        }
    }
}

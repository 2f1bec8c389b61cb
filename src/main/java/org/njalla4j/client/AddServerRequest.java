package org.njalla4j.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Parameters of {@code add-server}. {@link Builder#build()} rejects a period outside
 * 1 to {@link #MAX_MONTHS} months before anything is sent.
 */
public final class AddServerRequest {

    /** The maximum period, in months, that Njalla sells a server for at once. */
    public static final int MAX_MONTHS = 12;

    private final Map<String, Object> params;

    private AddServerRequest(Map<String, Object> params) {
        this.params = params;
    }

    /**
     * Starts a request for a server.
     *
     * @param type a name from {@code list-server-types}
     * @param os a name from {@code list-server-images}
     * @param sshKey the SSH public key to install, in OpenSSH format
     */
    public static Builder builder(String name, String type, String os, String sshKey, int months) {
        return new Builder(name, type, os, sshKey, months);
    }

    /** The parameters as sent on the wire. */
    public Map<String, Object> toParams() {
        return params;
    }

    static void checkMonths(String method, int months, int max) {
        if (months < 1 || months > max) {
            throw new IllegalArgumentException(method + ": invalid months " + months
                    + "; use 1 to " + max);
        }
    }

    /** Builder for {@link AddServerRequest}. */
    public static final class Builder {
        private final Map<String, Object> params = new LinkedHashMap<>();

        private Builder(String name, String type, String os, String sshKey, int months) {
            params.put("name", Objects.requireNonNull(name, "name"));
            params.put("type", Objects.requireNonNull(type, "type"));
            params.put("os", Objects.requireNonNull(os, "os"));
            params.put("ssh_key", Objects.requireNonNull(sshKey, "sshKey"));
            params.put("months", months);
        }

        public Builder autorenew(boolean autorenew) {
            params.put("autorenew", autorenew);
            return this;
        }

        /** @throws IllegalArgumentException when months is not 1 to 12 or the name is blank */
        public AddServerRequest build() {
            checkMonths("add-server", (Integer) params.get("months"), MAX_MONTHS);
            if (params.get("name").toString().isBlank()) {
                throw new IllegalArgumentException("add-server: empty server name; give a name");
            }
            return new AddServerRequest(Collections.unmodifiableMap(new LinkedHashMap<>(params)));
        }
    }
}

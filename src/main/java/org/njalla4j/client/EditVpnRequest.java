package org.njalla4j.client;

import com.fasterxml.jackson.databind.node.NullNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Parameters of {@code edit-vpn}: the VPN's id and the settings to change. */
public final class EditVpnRequest {

    /** Backends Njalla offers. */
    public static final Set<String> BACKENDS = Set.of("wireguard", "openvpn");

    private final Map<String, Object> params;

    private EditVpnRequest(Map<String, Object> params) {
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

    /** Builder for {@link EditVpnRequest}. */
    public static final class Builder {
        private final Map<String, Object> params = new LinkedHashMap<>();

        private Builder(String id) {
            params.put("id", Objects.requireNonNull(id, "id"));
        }

        public Builder name(String name) {
            params.put("name", Objects.requireNonNull(name, "name"));
            return this;
        }

        public Builder autorenew(boolean autorenew) {
            params.put("autorenew", autorenew);
            return this;
        }

        /**
         * Sets the backend.
         *
         * @throws IllegalArgumentException unless it is {@code wireguard} or {@code openvpn}
         */
        public Builder backend(String backend) {
            Objects.requireNonNull(backend, "backend");
            String lower = backend.toLowerCase(Locale.ROOT);
            if (!BACKENDS.contains(lower)) {
                throw new IllegalArgumentException("edit-vpn: invalid backend '" + backend
                        + "'; use wireguard or openvpn");
            }
            params.put("backend", lower);
            return this;
        }

        /** Sets the client's WireGuard public key. */
        public Builder publicKey(String publicKey) {
            params.put("publickey", Objects.requireNonNull(publicKey, "publicKey"));
            return this;
        }

        /** Asks Njalla to generate a new WireGuard key pair (sends {@code publickey: null}). */
        public Builder generateKey() {
            params.put("publickey", NullNode.getInstance());
            return this;
        }

        public EditVpnRequest build() {
            return new EditVpnRequest(Collections.unmodifiableMap(new LinkedHashMap<>(params)));
        }
    }
}

package org.njalla4j.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * An API token and its restrictions. Empty lists mean "no restriction". {@link #key()}
 * is the secret itself, so {@link #toString()} leaves it out.
 */
public record ApiToken(
        String key,
        String comment,
        String created,
        List<String> from,
        List<String> allowedDomains,
        List<String> allowedServers,
        List<String> allowedMethods,
        List<String> allowedPrefixes,
        List<String> allowedTypes,
        JsonNode raw) {

    public ApiToken {
        from = List.copyOf(from);
        allowedDomains = List.copyOf(allowedDomains);
        allowedServers = List.copyOf(allowedServers);
        allowedMethods = List.copyOf(allowedMethods);
        allowedPrefixes = List.copyOf(allowedPrefixes);
        allowedTypes = List.copyOf(allowedTypes);
    }

    @Override
    public String toString() {
        return "ApiToken{comment=" + comment + ", created=" + created + ", from=" + from
                + ", allowedDomains=" + allowedDomains + ", allowedServers=" + allowedServers
                + ", allowedMethods=" + allowedMethods + ", allowedPrefixes=" + allowedPrefixes
                + ", allowedTypes=" + allowedTypes + "}";
    }
}

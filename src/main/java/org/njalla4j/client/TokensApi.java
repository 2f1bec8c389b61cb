package org.njalla4j.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** API token methods of the Njalla API. */
public final class TokensApi {

    private final NjallaClient client;

    TokensApi(NjallaClient client) {
        this.client = client;
    }

    /**
     * {@code add-token}: creates a token. The live service returns the new token with its
     * key, but its documentation promises an empty object, so the returned key may be
     * null; then find the token with {@link #list()} by its comment.
     */
    public ApiToken add(AddTokenRequest request) throws NjallaException {
        Objects.requireNonNull(request, "request");
        return parse(client.call("add-token", request.toParams()));
    }

    /** {@code list-tokens}: the account's tokens, accepting a bare list as well. */
    public List<ApiToken> list() throws NjallaException {
        JsonNode result = client.call("list-tokens", Map.of());
        JsonNode tokens = result.isArray() ? result : result.path("tokens");
        if (!tokens.isArray()) {
            throw new MalformedResponseException("list-tokens returned no tokens list");
        }
        List<ApiToken> parsed = new ArrayList<>();
        for (JsonNode token : tokens) {
            parsed.add(parse(token));
        }
        return List.copyOf(parsed);
    }

    /** {@code remove-token}: deletes the token with this key. */
    public void remove(String key) throws NjallaException {
        Objects.requireNonNull(key, "key");
        client.call("remove-token", Map.of("key", key));
    }

    static ApiToken parse(JsonNode node) {
        return new ApiToken(
                RecordParser.text(node, "key"),
                RecordParser.text(node, "comment"),
                RecordParser.text(node, "created"),
                strings(node, "from"),
                strings(node, "allowed_domains"),
                strings(node, "allowed_servers"),
                strings(node, "allowed_methods"),
                strings(node, "allowed_prefixes"),
                strings(node, "allowed_types"),
                node.deepCopy());
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        JsonNode array = node.path(field);
        if (array.isArray()) {
            array.forEach(value -> values.add(value.asText()));
        }
        return values;
    }
}

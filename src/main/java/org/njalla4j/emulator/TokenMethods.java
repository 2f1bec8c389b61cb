package org.njalla4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.njalla4j.client.ApiMethod;

/** The token methods: add-token, edit-token, list-tokens, remove-token. */
final class TokenMethods {

    private TokenMethods() {
    }

    static void register(Map<String, MethodHandler> table) {
        table.put("add-token", TokenMethods::add);
        table.put("edit-token", TokenMethods::edit);
        table.put("list-tokens", TokenMethods::list);
        table.put("remove-token", TokenMethods::remove);
    }

    /**
     * Creates a token and returns it with its key. {@code acme=true} replaces the method,
     * prefix and type lists with the ones an ACME DNS-01 client needs, whatever lists the
     * same call gave.
     */
    private static JsonNode add(Call call) {
        Params params = call.params();
        TokenState token = new TokenState();
        token.key = call.state().newKey();
        token.created = call.state().timestamp();
        token.comment = params.optString("comment").orElse(null);
        token.from = networks(params);
        token.acme = params.optBool("acme").orElse(false);
        applyLists(call, token, params);
        if (token.acme) {
            token.allowedMethods = new ArrayList<>(TokenState.ACME_METHODS);
            token.allowedPrefixes = new ArrayList<>(TokenState.ACME_PREFIXES);
            token.allowedTypes = new ArrayList<>(TokenState.ACME_TYPES);
        }
        call.account().tokens.add(token);
        return token.toJson();
    }

    /**
     * Changes a token's comment, {@code from} list and allow-lists. The allow-lists of an
     * ACME token are fixed, so changing them is -32000.
     */
    private static JsonNode edit(Call call) {
        Params params = call.params();
        TokenState token = existing(call);
        boolean changesLists = params.has("allowed_domains") || params.has("allowed_servers")
                || params.has("allowed_methods") || params.has("allowed_prefixes")
                || params.has("allowed_types");
        if (token.acme && changesLists) {
            throw ApiError.invalidArguments();
        }
        List<String> from = params.has("from") ? networks(params) : token.from;
        params.optString("comment").ifPresent(c -> token.comment = c);
        token.from = from;
        applyLists(call, token, params);
        return token.toJson();
    }

    private static JsonNode list(Call call) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ArrayNode tokens = result.putArray("tokens");
        call.account().tokens.forEach(t -> tokens.add(t.toJson()));
        return result;
    }

    /** Removes a token; the result follows the {@code status} form that clients check. */
    private static JsonNode remove(Call call) {
        call.account().tokens.remove(existing(call));
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("status", "removed");
        return result;
    }

    private static TokenState existing(Call call) {
        return call.state().token(call.params().string("key"))
                .orElseThrow(ApiError::invalidArguments);
    }

    private static List<String> networks(Params params) {
        List<String> from = params.optStringList("from").orElse(List.of());
        for (String network : from) {
            try {
                IpNetwork.parse(network);
            } catch (IllegalArgumentException e) {
                throw ApiError.invalidArguments();
            }
        }
        return new ArrayList<>(from);
    }

    /** Validates and stores each list given; the lists a call leaves out stay as they are. */
    private static void applyLists(Call call, TokenState token, Params params) {
        params.optStringList("allowed_domains").ifPresent(list -> token.allowedDomains =
                checked(list, d -> call.account().domains.containsKey(
                        EmulatorState.normalizeDomain(d)), EmulatorState::normalizeDomain));
        params.optStringList("allowed_servers").ifPresent(list -> token.allowedServers =
                checked(list, call.account().servers::containsKey, s -> s));
        if (token.acme) {
            return;
        }
        params.optStringList("allowed_methods").ifPresent(list -> token.allowedMethods =
                checked(list, m -> ApiMethod.byWireName(m).isPresent(),
                        m -> m.toLowerCase(Locale.ROOT)));
        params.optStringList("allowed_prefixes").ifPresent(list -> token.allowedPrefixes =
                checked(list, p -> !p.isBlank(), p -> p.strip().toLowerCase(Locale.ROOT)));
        params.optStringList("allowed_types").ifPresent(list -> token.allowedTypes =
                checked(list, t -> true, RecordFields::canonicalType));
    }

    private static List<String> checked(List<String> values,
            java.util.function.Predicate<String> valid,
            java.util.function.UnaryOperator<String> normalize) {
        List<String> result = new ArrayList<>();
        for (String value : values) {
            if (!valid.test(value)) {
                throw ApiError.invalidArguments();
            }
            result.add(normalize.apply(value));
        }
        return result;
    }
}

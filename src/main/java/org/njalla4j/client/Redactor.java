package org.njalla4j.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes secrets from text that goes into logs and exception messages: the client's
 * own token, fields that hold secrets ({@code key}, {@code password} and the session
 * cookies), values shaped like Njalla tokens (40 hex digits) and the {@code k=} key of
 * Dynamic record update URLs.
 */
final class Redactor {

    static final String MASK = "(redacted)";

    private static final Set<String> SECRET_FIELDS =
            Set.of("key", "password", "token", "sessionid", "csrftoken", "secret");
    private static final Pattern TOKEN_LIKE = Pattern.compile("\\b[0-9a-fA-F]{40}\\b");
    private static final Pattern URL_KEY = Pattern.compile("([?&]k=)[^&\\s\"]+");
    private static final Pattern SECRET_MEMBER = Pattern.compile(
            "(\"(?i:key|password|token|sessionid|csrftoken|secret)\"\\s*:\\s*\")[^\"]*");

    private final String token;

    Redactor(String token) {
        this.token = token == null || token.isEmpty() ? null : token;
    }

    /** Masks secrets in a body. JSON keeps its structure, and other text is masked by pattern. */
    String redact(String body) {
        if (body == null || body.isEmpty()) {
            return body;
        }
        JsonNode json = null;
        try {
            json = NjallaClient.MAPPER.readTree(body);
        } catch (IOException e) {
            // Not JSON (an HTML error page or a truncated body): mask by pattern only.
        }
        if (json != null && json.isContainerNode()) {
            JsonNode copy = json.deepCopy();
            redactTree(copy);
            return copy.toString();
        }
        return redactText(body);
    }

    /**
     * Masks the token, token-like values, URL keys and the values of secret JSON members
     * in plain text. The last pattern covers truncated JSON, which cannot be parsed.
     */
    String redactText(String text) {
        String masked = token == null ? text : text.replace(token, MASK);
        masked = TOKEN_LIKE.matcher(masked).replaceAll(MASK);
        masked = SECRET_MEMBER.matcher(masked).replaceAll("$1" + MASK);
        return URL_KEY.matcher(masked).replaceAll("$1" + MASK);
    }

    private void redactTree(JsonNode node) {
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, TextNode.valueOf(redactText(array.get(i).asText())));
                } else {
                    redactTree(array.get(i));
                }
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        ObjectNode object = (ObjectNode) node;
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (SECRET_FIELDS.contains(field.getKey().toLowerCase(Locale.ROOT))
                    && !value.isNull()) {
                field.setValue(TextNode.valueOf(MASK));
            } else if (value.isTextual()) {
                field.setValue(TextNode.valueOf(redactText(value.asText())));
            } else {
                redactTree(value);
            }
        }
    }
}

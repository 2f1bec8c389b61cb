package org.njalla4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Typed access to the {@code params} object of one request. Every accessor throws
 * {@link ApiError#invalidArguments()} when a value is missing or has the wrong JSON type,
 * so handlers never see malformed input.
 */
final class Params {

    private final ObjectNode node;

    Params(ObjectNode node) {
        this.node = node;
    }

    ObjectNode node() {
        return node;
    }

    boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    /** A required string; a JSON number is accepted too, because ids travel as both. */
    String string(String name) {
        return optString(name).filter(s -> !s.isEmpty()).orElseThrow(ApiError::invalidArguments);
    }

    Optional<String> optString(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isTextual() || value.isIntegralNumber()) {
            return Optional.of(value.asText());
        }
        throw ApiError.invalidArguments();
    }

    int integer(String name) {
        return optInt(name).orElseThrow(ApiError::invalidArguments);
    }

    /** An optional integer; a string of digits is accepted as the service's form parser does. */
    Optional<Integer> optInt(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return Optional.of(value.intValue());
        }
        if (value.isTextual() && value.asText().matches("-?\\d{1,9}")) {
            return Optional.of(Integer.parseInt(value.asText()));
        }
        throw ApiError.invalidArguments();
    }

    Optional<Boolean> optBool(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw ApiError.invalidArguments();
        }
        return Optional.of(value.booleanValue());
    }

    /** An optional list of strings; absent and JSON null both give an empty result. */
    Optional<List<String>> optStringList(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            throw ApiError.invalidArguments();
        }
        List<String> result = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw ApiError.invalidArguments();
            }
            result.add(item.asText());
        }
        return Optional.of(List.copyOf(result));
    }
}

package org.njalla4j.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * An operating system image for new servers, from {@code list-server-images}. The API
 * may list images as plain names or as objects; {@link #name()} is the value to pass as
 * {@code os}.
 */
public record ServerImage(String name, JsonNode raw) {

    public ServerImage {
        Objects.requireNonNull(name, "name");
    }

    static ServerImage parse(JsonNode node) {
        return new ServerImage(ServerType.nameOf("list-server-images", node), node.deepCopy());
    }
}

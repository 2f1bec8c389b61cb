package org.njalla4j.dns01;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The JSON form of the {@link Journal} file: a {@code version} number and an
 * {@code entries} list of objects with the fields of {@link Journal.Entry}, the state in
 * lower case.
 */
final class JournalFormat {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int FORMAT_VERSION = 1;

    private JournalFormat() {
    }

    static List<Journal.Entry> read(Path file) throws IOException, Dns01Exception {
        if (!Files.exists(file)) {
            return new ArrayList<>();
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw corrupt(file, "it is not valid JSON", e);
        }
        JsonNode list = root == null ? null : root.get("entries");
        if (list == null || !list.isArray()) {
            throw corrupt(file, "it has no entries list", null);
        }
        List<Journal.Entry> result = new ArrayList<>();
        for (JsonNode node : list) {
            result.add(parseEntry(file, node));
        }
        return result;
    }

    private static Journal.Entry parseEntry(Path file, JsonNode node) throws Dns01Exception {
        try {
            JsonNode id = node.get("id");
            return new Journal.Entry(text(node, "run"), text(node, "identifier"), text(node, "zone"),
                    text(node, "name"), text(node, "value"),
                    id == null || id.isNull() ? null : id.asText(),
                    Instant.parse(text(node, "created")),
                    Journal.State.valueOf(text(node, "state").toUpperCase(Locale.ROOT)));
        } catch (NullPointerException | DateTimeParseException | IllegalArgumentException e) {
            throw corrupt(file, "an entry is incomplete (" + e.getMessage() + ")", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new NullPointerException("missing " + field);
        }
        return value.asText();
    }

    private static Dns01Exception corrupt(Path file, String reason, Exception cause) {
        return new JournalException("cannot read journal " + file + ": " + reason
                + "; remove the records it lists by hand, then delete the file", cause);
    }

    static byte[] toJson(List<Journal.Entry> list) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", FORMAT_VERSION);
        ArrayNode array = root.putArray("entries");
        for (Journal.Entry entry : list) {
            ObjectNode node = array.addObject();
            node.put("run", entry.run());
            node.put("identifier", entry.identifier());
            node.put("zone", entry.zone());
            node.put("name", entry.name());
            node.put("value", entry.value());
            node.put("id", entry.id());
            node.put("created", entry.created().toString());
            node.put("state", entry.state().name().toLowerCase(Locale.ROOT));
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise journal entries", e);
        }
    }
}

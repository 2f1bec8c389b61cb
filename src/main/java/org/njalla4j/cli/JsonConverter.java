package org.njalla4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts a JSON text, or {@code @FILE} naming a file that contains one, to a tree. */
final class JsonConverter implements ITypeConverter<JsonNode> {

    static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public JsonNode convert(String value) {
        String text = value.startsWith("@") ? readFile(value.substring(1)) : value;
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new TypeConversionException("empty JSON; give a JSON value such as {}");
            }
            return node;
        } catch (JsonProcessingException e) {
            String where = value.startsWith("@") ? "file " + value.substring(1) : "'" + value + "'";
            throw new TypeConversionException(where + " is not valid JSON: "
                    + e.getOriginalMessage());
        }
    }

    private static String readFile(String name) {
        try {
            return Files.readString(Path.of(name));
        } catch (IOException e) {
            throw new TypeConversionException("cannot read JSON file " + name + ": " + e);
        }
    }
}

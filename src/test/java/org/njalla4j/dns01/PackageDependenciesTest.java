package org.njalla4j.dns01;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks the imports of the dns and dns01 sources against the packages each may use, so
 * that the certbot hooks, which load dns01, never pull in acme4j or BouncyCastle.
 */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/njalla4j");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "dns   | java. org.xbill.DNS. org.slf4j. org.njalla4j.dns.",
        "dns01 | java. org.slf4j. com.fasterxml.jackson. org.njalla4j.client."
                + " org.njalla4j.dns. org.njalla4j.dns01.",
    })
    void imports_onlyAllowedPackages(String pkg, String allowed) throws IOException {
        List<String> prefixes = List.of(allowed.trim().split("\\s+"));
        List<String> violations = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(SOURCES.resolve(pkg))) {
            files = list.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            for (String line : Files.readAllLines(file)) {
                String imported = importedName(line);
                if (imported != null && prefixes.stream().noneMatch(imported::startsWith)) {
                    violations.add(file.getFileName() + ": " + imported);
                }
            }
        }
        assertFalse(files.isEmpty(), "no sources found in " + SOURCES.resolve(pkg));
        assertEquals(List.of(), violations);
    }

    private static String importedName(String line) {
        String trimmed = line.strip();
        if (!trimmed.startsWith("import ")) {
            return null;
        }
        String name = trimmed.substring("import ".length()).replace("static ", "");
        return name.endsWith(";") ? name.substring(0, name.length() - 1).strip() : name;
    }
}

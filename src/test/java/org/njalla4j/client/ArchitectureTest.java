package org.njalla4j.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the client package free of the ACME, crypto, DNS and CLI libraries, so that hooks
 * and other users can depend on it with OkHttp and Jackson alone.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "org", "njalla4j", "client");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "^\\s*import\\s+(static\\s+)?"
                    + "(org\\.shredzone|org\\.bouncycastle|org\\.xbill|picocli)\\b",
            Pattern.MULTILINE);

    @Test
    void clientSources_importNoForbiddenLibrary() throws IOException {
        List<String> violations = new ArrayList<>();
        List<Path> files = sources();
        for (Path file : files) {
            Matcher matcher = FORBIDDEN.matcher(Files.readString(file));
            while (matcher.find()) {
                violations.add(file.getFileName() + ": " + matcher.group().strip());
            }
        }

        assertTrue(files.size() > 20, "client sources not found under " + SOURCES.toAbsolutePath());
        assertTrue(violations.isEmpty(), "forbidden imports: " + violations);
    }

    @Test
    void forbiddenPattern_matchesEachLibrary() {
        for (String line : List.of("import org.shredzone.acme4j.Order;",
                "import org.bouncycastle.asn1.x500.X500Name;",
                "import static org.xbill.DNS.Type.A;",
                "import picocli.CommandLine;")) {
            assertTrue(FORBIDDEN.matcher(line).find(), line);
        }
        assertFalse(FORBIDDEN.matcher("import okhttp3.OkHttpClient;").find());
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            return walk.filter(path -> path.toString().endsWith(".java")).toList();
        }
    }
}

package org.njalla4j.hook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hook calls in a fresh JVM, as certbot, dehydrated and lego start them. */
class HookMainProcessTest {

    private static final Pattern LOADED = Pattern.compile("^(?:\\[[^]]*\\])+\\s*(\\S+) source:");

    @TempDir
    Path dir;

    @Test
    void certbotAuth_freshJvm_loadsNoAcmeClasses() throws Exception {
        try (HookFixture fixture = HookFixture.start(dir)) {
            Path classLog = dir.resolve("classes.log");
            Map<String, String> env = new HashMap<>(fixture.env());
            env.putAll(CertbotHookTest.certbot("www.example.com", "fresh-jvm-value", 0, ""));
            env.put("CERTBOT_ALL_DOMAINS", "www.example.com");
            List<String> command = List.of(ToolProcess.javaLauncher(),
                    "-Xlog:class+load=info:file=" + classLog, "-cp", ToolProcess.testClassPath(),
                    HookMain.class.getName(), "certbot-auth");

            ToolProcess.Result result = ToolProcess.run(command, env, dir, Duration.ofMinutes(2));

            assertEquals(0, result.exitCode(), result.output());
            assertTrue(result.output().startsWith("example.com "), result.output());
            List<String> loaded = loadedClasses(classLog);
            assertTrue(loaded.contains(CertbotHook.class.getName()), "class log is empty");
            assertTrue(loaded.contains("org.njalla4j.dns01.ChallengePublisher"));
            assertEquals(List.of(), matching(loaded, "org.shredzone."));
            assertEquals(List.of(), matching(loaded, "org.bouncycastle."));
            assertEquals(List.of(), matching(loaded, "picocli."));
        }
    }

    private static List<String> loadedClasses(Path classLog) throws Exception {
        return Files.readAllLines(classLog, StandardCharsets.UTF_8).stream()
                .map(LOADED::matcher).filter(Matcher::find).map(m -> m.group(1))
                .collect(Collectors.toList());
    }

    private static List<String> matching(List<String> classes, String prefix) {
        return classes.stream().filter(c -> c.startsWith(prefix)).collect(Collectors.toList());
    }
}

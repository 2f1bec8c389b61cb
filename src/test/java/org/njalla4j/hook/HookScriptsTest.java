package org.njalla4j.hook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The wrapper scripts under scripts/, run the way the ACME clients run them. */
class HookScriptsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "certbot-njalla-auth, njalla hook certbot-auth: CERTBOT_DOMAIN is not set",
        "certbot-njalla-cleanup, njalla hook certbot-cleanup: CERTBOT_DOMAIN is not set",
        "lego-njalla-exec, njalla hook lego: lego exec hook: missing command",
    })
    void script_throughSymlink_reachesHook(String script, String expected) throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link-" + script),
                Path.of(EndToEnd.script(script)));

        ToolProcess.Result result = ToolProcess.run(List.of(link.toString()), env(), dir,
                Duration.ofMinutes(2));

        assertEquals(HookException.INVALID_INPUT, result.exitCode(), result.output());
        assertTrue(result.output().startsWith(expected), result.output());
        assertEquals(1, result.output().lines().count(), result.output());
    }

    @Test
    void dehydratedScript_otherHook_exitsZeroSilently() throws Exception {
        List<String> command = List.of(EndToEnd.script("dehydrated-njalla-hook"),
                "this_hookscript_is_broken__dehydrated_is_working_fine__please_ignore");

        ToolProcess.Result result = ToolProcess.run(command, Map.of(), dir,
                Duration.ofMinutes(1));

        assertEquals(0, result.exitCode(), result.output());
        assertEquals("", result.output());
    }

    private Map<String, String> env() {
        return Map.of("NJALLA_CLASSPATH", ToolProcess.testClassPath(),
                "HOME", dir.toString());
    }
}

package org.njalla4j.hook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HookMainTest {

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help"})
    void run_help_printsSettings(String option) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = HookMain.run(List.of(option), Map.of(), new PrintWriter(out),
                new PrintWriter(err));

        assertEquals(0, code);
        assertTrue(out.toString().contains("NJALLA_TOKEN_FILE"), out.toString());
        assertEquals("", err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "acme-dns", "certbot-auth extra", "certbot-cleanup extra"})
    void run_invalidUsage_exitsTwoWithOneLine(String args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> argv = args.isEmpty() ? List.of() : List.of(args.split(" "));

        int code = HookMain.run(argv, Map.of(), new PrintWriter(out), new PrintWriter(err));

        assertEquals(HookException.INVALID_INPUT, code);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("njalla hook"), err.toString());
        assertEquals("", out.toString());
    }
}

package org.njalla4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HookCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void hook_passesDashArgumentsThrough() {
        int code = run("hook", "dehydrated", "deploy_challenge", "example.com", "-token",
                "-value");

        assertEquals(2, code, err.toString());
        assertTrue(err.toString().startsWith("njalla hook dehydrated: "), err.toString());
        assertTrue(err.toString().contains("NJALLA_TOKEN"), err.toString());
    }

    @Test
    void hook_otherDehydratedHook_exitsZero() {
        assertEquals(0, run("hook", "dehydrated", "--unknown-hook", "-x"), err.toString());
        assertEquals("", err.toString());
    }

    @Test
    void hook_unknownHook_exitsTwo() {
        assertEquals(2, run("hook", "acme-dns"));
        assertTrue(err.toString().contains("unknown hook 'acme-dns'"), err.toString());
    }

    private int run(String... args) {
        CliContext context = new CliContext(new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out), new PrintWriter(err), Map.of("HOME", "/nonexistent"));
        return Main.run(context, args);
    }
}

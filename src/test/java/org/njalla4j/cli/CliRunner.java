package org.njalla4j.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Runs {@link Main} in-process with captured output and a chosen environment. */
final class CliRunner {

    private final Map<String, String> env = new HashMap<>();
    private String stdin = "";

    /** The result of one run. */
    record Result(int exitCode, String out, String err) {
    }

    CliRunner env(String name, String value) {
        env.put(name, value);
        return this;
    }

    CliRunner stdin(String text) {
        this.stdin = text;
        return this;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true), env);
        int code = Main.run(context, args);
        return new Result(code, out.toString(), err.toString());
    }
}

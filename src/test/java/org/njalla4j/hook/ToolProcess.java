package org.njalla4j.hook;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs an external program (certbot, dehydrated, lego, a JVM) for end-to-end tests. */
final class ToolProcess {

    /** Exit code and combined output of a finished program. */
    record Result(int exitCode, String output) {
    }

    private ToolProcess() {
    }

    /**
     * Runs {@code command} in {@code dir} with exactly {@code env} as its environment
     * plus PATH, and returns when it ends.
     *
     * @throws IOException when it cannot start or runs longer than {@code timeout}
     */
    static Result run(List<String> command, Map<String, String> env, Path dir, Duration timeout)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "process-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv().getOrDefault("PATH",
                "/usr/local/bin:/usr/bin:/bin"));
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IOException(command.get(0) + " did not finish within " + timeout + ":\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** Returns the class path of this test run, for hook calls in a fresh JVM. */
    static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire
                : System.getProperty("java.class.path");
    }

    /** Returns the {@code java} launcher of the running JVM. */
    static String javaLauncher() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Returns the project directory, which contains {@code scripts/}. */
    static Path projectDir() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    }

    /** Whether {@code program} is an executable on the PATH. */
    static boolean installed(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}

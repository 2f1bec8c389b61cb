package org.njalla4j.hook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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

    @Test
    void certbotAuth_sigintDuringWait_removesRecord() throws Exception {
        Map<String, String> certbot = new HashMap<>(
                CertbotHookTest.certbot("www.example.com", "sigint-value", 0, ""));
        certbot.put("CERTBOT_ALL_DOMAINS", "www.example.com");

        interruptDuringWait(certbot, "certbot-auth");
    }

    @Test
    void dehydratedDeploy_sigintDuringWait_removesRecord() throws Exception {
        interruptDuringWait(Map.of(), "dehydrated", "deploy_challenge", "www.example.com",
                "token-file", "sigint-value");
    }

    @Test
    void legoPresent_sigintDuringWait_removesRecord() throws Exception {
        interruptDuringWait(Map.of(), "lego", "present", "_acme-challenge.www.example.com.",
                "sigint-value");
    }

    /**
     * Starts the hook in a fresh JVM against a zone whose DNS shows changes only after 10
     * minutes, sends SIGINT once its record exists, and checks that the record is gone.
     */
    private void interruptDuringWait(Map<String, String> extra, String... args)
            throws Exception {
        try (HookFixture fixture = HookFixture.start(dir, Duration.ofMinutes(10))) {
            Map<String, String> env = new HashMap<>(fixture.env());
            env.putAll(extra);
            env.put("NJALLA_PROPAGATION_TIMEOUT", "15m");
            Path log = dir.resolve("hook.log");
            List<String> command = new ArrayList<>(List.of(ToolProcess.javaLauncher(), "-cp",
                    ToolProcess.testClassPath(), HookMain.class.getName()));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().clear();
            builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin"));
            builder.environment().putAll(env);
            Process child = builder.start();
            try {
                awaitChallengeRecord(fixture, child);
                assumeFalse(sigintIgnored(child.pid()), "SIGINT is ignored by this process");

                Process kill = new ProcessBuilder("kill", "-INT", Long.toString(child.pid()))
                        .inheritIO().start();
                assertEquals(0, kill.waitFor());
                assertTrue(child.waitFor(2, TimeUnit.MINUTES), "hook still running");

                String output = Files.readString(log);
                assertEquals(InterruptCleanup.INTERRUPTED, child.exitValue(), output);
                assertTrue(output.contains("interrupted; removed the 1 TXT record(s)"), output);
                assertEquals(1, output.lines().count(), output);
                assertEquals(List.of(), fixture.challengeRecords("example.com"));
            } finally {
                child.destroyForcibly();
            }
        }
    }

    /** Waits until the child has added its record and is waiting for propagation. */
    private static void awaitChallengeRecord(HookFixture fixture, Process child)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (fixture.challengeRecords("example.com").isEmpty()) {
            assertTrue(child.isAlive(), "hook ended before adding its record");
            assertTrue(System.nanoTime() < deadline, "hook added no record in 2 minutes");
            Thread.sleep(100);
        }
    }

    /** Returns whether the process ignores SIGINT, as a background job of a shell may. */
    private static boolean sigintIgnored(long pid) throws Exception {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.exists(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                long mask = Long.parseUnsignedLong(line.substring(7).strip(), 16);
                return (mask & (1L << 1)) != 0;
            }
        }
        return false;
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

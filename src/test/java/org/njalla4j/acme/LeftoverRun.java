package org.njalla4j.acme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.njalla4j.emulator.Emulator;
import org.njalla4j.testing.AcmeTestBed;

/**
 * Runs {@code njalla cert issue} in a child JVM and kills it with SIGKILL as soon as its
 * first challenge record exists, leaving the record and its journal entry behind the way
 * a crash would.
 *
 * <p>The child checks propagation against a second emulator that never has the record,
 * so it is certain to be waiting when it is killed.
 */
final class LeftoverRun {

    private static final Duration RECORD_TIMEOUT = Duration.ofSeconds(90);

    private final AcmeTestBed bed;
    private final Path stateDir;

    LeftoverRun(AcmeTestBed bed, Path stateDir) {
        this.bed = bed;
        this.stateDir = stateDir;
    }

    /** Kills the child with SIGKILL, so its records stay behind. */
    void killAfterRecordAdded(String name) throws Exception {
        stopAfterRecordAdded(name, true);
    }

    /** Stops the child with SIGTERM, as a service manager does, and returns its exit status. */
    int terminateAfterRecordAdded(String name) throws Exception {
        return stopAfterRecordAdded(name, false);
    }

    /** Stops the child with SIGINT, as Ctrl-C in a terminal does, and returns its status. */
    int interruptAfterRecordAdded(String name) throws Exception {
        return stopAfterRecordAdded(name, Signal.INT);
    }

    private int stopAfterRecordAdded(String name, boolean kill) throws Exception {
        return stopAfterRecordAdded(name, kill ? Signal.KILL : Signal.TERM);
    }

    private enum Signal { KILL, TERM, INT }

    private int stopAfterRecordAdded(String name, Signal signal) throws Exception {
        try (Emulator blind = Emulator.builder().domains(AcmeTestBed.ZONES).start()) {
            Process child = start(name, blind);
            try {
                awaitRecord(child);
            } finally {
                send(child, signal);
                child.waitFor(30, TimeUnit.SECONDS);
            }
            return child.exitValue();
        }
    }

    private static void send(Process child, Signal signal) throws Exception {
        switch (signal) {
            case KILL -> child.destroyForcibly();
            case TERM -> child.destroy();
            case INT -> {
                Process kill = new ProcessBuilder("kill", "-INT", Long.toString(child.pid()))
                        .inheritIO().start();
                kill.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private Process start(String name, Emulator blind) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String dns = "127.0.0.1:" + blind.dnsAddress().getPort();
        ProcessBuilder builder = new ProcessBuilder(List.of(java,
                "-cp", System.getProperty("java.class.path"), "org.njalla4j.cli.Main",
                "cert", "issue", "-d", name,
                "--server", bed.pebble.directoryUrl().toString(),
                "--ca-cert", bed.pebble.caCertFile().toString(),
                "--agree-tos", "--email", "admin@example.com",
                "--out", stateDir.resolve("killed-out").toString(),
                "--state-dir", stateDir.toString(),
                "--api-url", bed.emulator.apiUrl().toString(),
                "--nameserver", dns, "--propagation-timeout", "300s"));
        builder.environment().put("NJALLA_TOKEN", bed.emulator.fullAccessToken());
        builder.redirectErrorStream(true);
        builder.redirectOutput(stateDir.resolve("killed-run.log").toFile());
        return builder.start();
    }

    private void awaitRecord(Process child) throws Exception {
        Instant deadline = Instant.now().plus(RECORD_TIMEOUT);
        while (bed.challengeRecords().isEmpty()) {
            if (!child.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("the child added no challenge record; its output:"
                        + System.lineSeparator() + Files.readString(
                                stateDir.resolve("killed-run.log")));
            }
            Thread.sleep(50);
        }
    }
}

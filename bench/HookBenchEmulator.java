import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.njalla4j.emulator.Emulator;

/**
 * Runs a Njalla emulator on loopback for the hook benchmarks, serving example.com with
 * no propagation delay. Writes api-url, dns-address (host:port) and token (mode 0600)
 * into the directory given as the only argument, then runs until standard input closes.
 *
 * <p>Run with the single-file source launcher: {@code java -cp target/njalla.jar
 * bench/HookBenchEmulator.java DIR}.
 */
public final class HookBenchEmulator {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        try (Emulator emulator = Emulator.builder().domains("example.com").start()) {
            Path token = dir.resolve("token");
            Files.writeString(token, emulator.fullAccessToken() + "\n");
            Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-------"));
            Files.writeString(dir.resolve("dns-address"), "127.0.0.1:"
                    + emulator.dnsAddress().getPort() + "\n");
            Files.writeString(dir.resolve("api-url"), emulator.apiUrl() + "\n");
            while (System.in.read() >= 0) {
                // Runs until the benchmark script closes standard input.
            }
        }
    }
}

package org.njalla4j.dns01;

import java.nio.file.Path;

/**
 * Test helper run in a separate JVM: opens the journal given as the only argument,
 * prints {@code locked}, and keeps the lock until its standard input is closed.
 */
public final class JournalLockHolder {

    private JournalLockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (Journal journal = Journal.open(Path.of(args[0]))) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // Waits for the parent to close standard input.
            }
        }
    }
}

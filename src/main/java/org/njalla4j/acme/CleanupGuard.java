package org.njalla4j.acme;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.njalla4j.dns01.ChallengePublisher;
import org.njalla4j.dns01.Dns01Exception;

/**
 * Removes every TXT record in the DNS-01 journal when the guarded work ends, however it
 * ends: on return, on an exception, and, through a JVM shutdown hook, when the process is
 * stopped by SIGINT or SIGTERM. A failed removal never hides the work's own exception; it
 * is attached to it as a suppressed exception, or reported by {@link #cleanupFailure()}
 * after a successful run, and the journal keeps the records for the next run to remove.
 */
final class CleanupGuard implements AutoCloseable {

    private final ChallengePublisher publisher;
    private final Thread hook;
    private Exception primary;
    private Exception cleanupFailure;
    private boolean closed;

    CleanupGuard(ChallengePublisher publisher, boolean onShutdown) {
        this.publisher = publisher;
        this.hook = onShutdown ? new Thread(this::removeQuietly, "njalla4j-dns01-cleanup") : null;
        if (hook != null) {
            Runtime.getRuntime().addShutdownHook(hook);
        }
    }

    <T> T run(Callable<T> work) throws Exception {
        try {
            return work.call();
        } catch (Exception e) {
            primary = e;
            throw e;
        }
    }

    /** Returns why removing the records failed after a successful run, if it did. */
    Optional<Exception> cleanupFailure() {
        return Optional.ofNullable(cleanupFailure);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        removeHook();
        try {
            publisher.removeAll();
        } catch (Dns01Exception | RuntimeException e) {
            if (primary != null) {
                primary.addSuppressed(e);
            } else {
                cleanupFailure = e;
            }
        }
    }

    private void removeHook() {
        if (hook == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down and the hook is running or has run.
        }
    }

    private void removeQuietly() {
        try {
            publisher.removeAll();
        } catch (Dns01Exception | RuntimeException e) {
            // Nothing can report this during shutdown; the journal keeps the records.
            System.err.println("njalla4j: removing challenge TXT records failed: "
                    + CertificateIssuer.oneLine(e.getMessage()) + "; the next run removes them");
        }
    }
}

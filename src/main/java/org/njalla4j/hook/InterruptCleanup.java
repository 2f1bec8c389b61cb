package org.njalla4j.hook;

import java.io.PrintStream;
import java.util.Objects;
import org.njalla4j.dns01.Dns01Exception;

/**
 * A JVM shutdown hook that removes the TXT records a hook call added when the process is
 * stopped early, by Ctrl-C (SIGINT) or SIGTERM, before the call handed its records over.
 * A record is handed over when the call has succeeded: certbot's auth printed its output,
 * dehydrated's deploy or lego's present returned. From then on the cleanup call of the
 * ACME client removes it. The JVM still exits with the signal's status (130 for SIGINT).
 */
final class InterruptCleanup implements AutoCloseable {

    /** Exit code of a call whose process is being stopped, as a shell reports SIGINT. */
    static final int INTERRUPTED = 130;

    private final HookSession session;
    private final String hook;
    private final PrintStream err;
    private final Thread thread;
    private boolean handedOver;
    private boolean cleaning;

    private InterruptCleanup(HookSession session, String hook, PrintStream err) {
        this.session = session;
        this.hook = hook;
        this.err = err;
        this.thread = new Thread(this::cleanUp, "njalla-hook-interrupt-cleanup");
    }

    /**
     * Registers the shutdown hook for the records that {@code session}'s publisher adds.
     *
     * @param hook the hook name for the message, such as {@code certbot-auth}
     */
    static InterruptCleanup install(HookSession session, String hook) {
        Objects.requireNonNull(session, "session");
        InterruptCleanup cleanup = new InterruptCleanup(session, hook, System.err);
        Runtime.getRuntime().addShutdownHook(cleanup.thread);
        return cleanup;
    }

    /**
     * Hands the records over, so that they stay when the process stops from now on.
     *
     * @throws HookException when the process is already stopping and the records are
     *     being removed; the caller must not report them as placed
     */
    synchronized void handOver() throws HookException {
        if (cleaning) {
            throw new HookException(INTERRUPTED, "interrupted; the TXT records of this call"
                    + " are being removed");
        }
        handedOver = true;
    }

    private void cleanUp() {
        synchronized (this) {
            if (handedOver) {
                return;
            }
            cleaning = true;
        }
        try {
            int removed = session.publisher().removeAll();
            err.println("njalla hook " + hook + ": interrupted; removed the " + removed
                    + " TXT record(s) this call added");
        } catch (Dns01Exception | RuntimeException e) {
            err.println("njalla hook " + hook + ": interrupted; removing the TXT records this"
                    + " call added failed (" + HookFailures.oneLine(String.valueOf(
                            e.getMessage())) + "); run the cleanup hook again");
        }
        err.flush();
    }

    /**
     * Unregisters the shutdown hook. When the JVM is already shutting down, waits for the
     * hook to finish instead, so that the session stays open while it removes records.
     */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(thread);
        } catch (IllegalStateException shuttingDown) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

package org.njalla4j.dns;

/**
 * Process-wide dnsjava settings for the njalla programs. This class loads no dnsjava
 * or logging class, so calling it costs nothing at start-up.
 */
public final class DnsjavaSettings {

    private static final String SHUTDOWN_HOOK_PROPERTY = "dnsjava.nio.register_shutdown_hook";

    private DnsjavaSettings() {
    }

    /**
     * Stops dnsjava from registering its JVM shutdown hook, unless the property is already
     * set. Call it in a program's main method before any DNS query. dnsjava 3.6.3's hook
     * joins its selector thread, and when a query runs while the JVM shuts down (as the
     * cleanup of challenge records on SIGTERM may), that thread blocks and the process
     * never exits. The selector threads are daemons, so the JVM exits without the hook.
     */
    public static void skipShutdownHook() {
        if (System.getProperty(SHUTDOWN_HOOK_PROPERTY) == null) {
            System.setProperty(SHUTDOWN_HOOK_PROPERTY, "false");
        }
    }
}

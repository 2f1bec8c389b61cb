package org.njalla4j.hook;

import org.njalla4j.client.NjallaApiException;
import org.njalla4j.client.NjallaTransportException;
import org.njalla4j.dns01.JournalException;
import org.njalla4j.dns01.PropagationTimeoutException;

/** Turns failures of the client and the DNS-01 core into one-line hook errors. */
final class HookFailures {

    private HookFailures() {
    }

    /**
     * Wraps {@code failure} in a {@link HookException} whose message starts with
     * {@code action} and whose exit code follows the cause: 3 for a network failure or a
     * timeout, 1 otherwise.
     */
    static HookException wrap(String action, Exception failure) {
        if (failure instanceof HookException hook) {
            return hook;
        }
        String detail = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        return new HookException(exitCode(failure), action + ": " + hookTerms(oneLine(detail)),
                failure);
    }

    /**
     * Replaces the command-line options that messages of the DNS-01 core and the client
     * suggest with the settings a hook reads instead.
     */
    static String hookTerms(String message) {
        return message.replace("--nameserver", HookSettings.NAMESERVER)
                .replace("--zone", HookSettings.ZONE)
                .replace("--token-file", HookSettings.TOKEN_FILE)
                .replace("raise the propagation timeout", "raise " + HookSettings.TIMEOUT);
    }

    static int exitCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JournalException) {
                // A state file problem is local; its IOException cause is no network failure.
                return HookException.INVALID_INPUT;
            }
            if (t instanceof NjallaTransportException || t instanceof PropagationTimeoutException
                    || t instanceof java.io.IOException) {
                return HookException.NETWORK_OR_TIMEOUT;
            }
            if (t instanceof NjallaApiException) {
                return HookException.API_ERROR;
            }
        }
        return HookException.API_ERROR;
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}

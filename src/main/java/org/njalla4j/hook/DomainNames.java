package org.njalla4j.hook;

import java.net.IDN;
import java.util.Locale;

/** Domain name spelling for comparisons: A-labels, lower case, no trailing dot. */
final class DomainNames {

    /** Label that DNS-01 puts in front of the identifier (RFC 8555 section 8.4). */
    static final String CHALLENGE_LABEL = "_acme-challenge";

    private DomainNames() {
    }

    /** Returns {@code name} in A-labels and lower case, without a trailing dot. */
    static String normalize(String name) {
        String stripped = name.strip();
        if (stripped.endsWith(".")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        try {
            stripped = IDN.toASCII(stripped, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            // Keep the name as given; the comparison then works on its lower-case form.
        }
        return stripped.toLowerCase(Locale.ROOT);
    }
}

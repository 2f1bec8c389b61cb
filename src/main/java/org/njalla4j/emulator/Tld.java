package org.njalla4j.emulator;

import java.util.List;
import java.util.Optional;

/**
 * A top-level domain the emulated registrar sells, with its yearly price in euros.
 *
 * @param name suffix without a leading dot, such as {@code com} or {@code co.uk}
 * @param price euros per year
 * @param maxYears longest registration or renewal in years
 * @param dnssec whether DNSSEC records can be added
 */
record Tld(String name, int price, int maxYears, boolean dnssec) {

    /** The emulator's small price list. NOTE: prices are examples, not Njalla's. */
    static final List<Tld> ALL = List.of(
            new Tld("com", 15, 10, true),
            new Tld("net", 15, 10, true),
            new Tld("org", 15, 10, true),
            new Tld("se", 30, 5, true),
            new Tld("is", 45, 1, false),
            new Tld("io", 45, 5, true),
            new Tld("co.uk", 15, 10, true),
            new Tld("example", 5, 10, true),
            new Tld("test", 5, 10, true));

    /** Finds the longest listed suffix of {@code domain}, if a label precedes it. */
    static Optional<Tld> of(String domain) {
        Tld best = null;
        for (Tld tld : ALL) {
            boolean matches = domain.endsWith("." + tld.name())
                    && domain.length() > tld.name().length() + 1;
            if (matches && (best == null || tld.name().length() > best.name().length())) {
                best = tld;
            }
        }
        return Optional.ofNullable(best);
    }
}

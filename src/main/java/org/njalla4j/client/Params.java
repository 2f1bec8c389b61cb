package org.njalla4j.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds parameter maps in wire order; null values are left out. */
final class Params {

    private Params() {
    }

    /** A map of alternating names and values, such as {@code of("domain", d, "id", id)}. */
    static Map<String, Object> of(Object... namesAndValues) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null) {
                params.put((String) namesAndValues[i], value);
            }
        }
        return Collections.unmodifiableMap(params);
    }
}

package org.njalla4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;

/** Carries out one API method and returns its {@code result}, or throws {@link ApiError}. */
@FunctionalInterface
interface MethodHandler {

    JsonNode handle(Call call);
}

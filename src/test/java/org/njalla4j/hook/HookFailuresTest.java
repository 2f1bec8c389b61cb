package org.njalla4j.hook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.njalla4j.client.NjallaApiException;
import org.njalla4j.client.NjallaTransportException;
import org.njalla4j.dns01.Dns01Exception;
import org.njalla4j.dns01.PropagationTimeoutException;

class HookFailuresTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "set the zone with --zone | set the zone with NJALLA_ZONE",
        "or set --nameserver | or set NJALLA_NAMESERVER",
        "name it with --token-file | name it with NJALLA_TOKEN_FILE",
        "raise the propagation timeout or | raise NJALLA_PROPAGATION_TIMEOUT or",
    })
    void hookTerms_replacesOptions(String message, String expected) {
        assertEquals(expected, HookFailures.hookTerms(message));
    }

    @Test
    void wrap_joinsLines() {
        HookException e = HookFailures.wrap("adding failed", new Dns01Exception("first\nsecond"));

        assertEquals("adding failed: first second", e.getMessage());
    }

    @Test
    void exitCode_followsCause() {
        NjallaApiException api = new NjallaApiException("add-record", 403, "permission denied");
        NjallaTransportException transport =
                new NjallaTransportException("add-record", 0, "timed out", null);

        assertEquals(1, HookFailures.exitCode(new Dns01Exception("no zone", api)));
        assertEquals(3, HookFailures.exitCode(new Dns01Exception("no zone", transport)));
        assertEquals(3, HookFailures.exitCode(new Dns01Exception("dns", new IOException("x"))));
        assertEquals(3, HookFailures.exitCode(new PropagationTimeoutException("late", null,
                "_acme-challenge.example.com", "v", null)));
    }
}

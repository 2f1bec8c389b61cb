package org.njalla4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GlueApiTest {

    @Test
    void add_withoutAddress_rejected() throws Exception {
        try (MockNjalla mock = new MockNjalla()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> mock.client().glue().add("example.com", "ns1", null, null));

            assertEquals("add-glue: no address for ns1; give an IPv4 address, an IPv6 address"
                    + " or both", e.getMessage());
            assertEquals(0, mock.server.getRequestCount());
        }
    }
}

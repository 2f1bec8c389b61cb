package org.njalla4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServersApiTest {

    private MockNjalla mock;

    @BeforeEach
    void start() throws Exception {
        mock = new MockNjalla();
    }

    @AfterEach
    void stop() throws Exception {
        mock.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 13, -1})
    void addServer_monthsOutOfRange_rejected(int months) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AddServerRequest.builder("web1", "njalla1", "debian-12", "ssh-ed25519 AAAA",
                        months).build());

        assertEquals("add-server: invalid months " + months + "; use 1 to 12", e.getMessage());
    }

    @Test
    void renew_monthsOutOfRange_rejectedBeforeSending() {
        assertThrows(IllegalArgumentException.class, () -> mock.client().servers().renew("s", 24));

        assertEquals(0, mock.server.getRequestCount());
    }

    @Test
    void remove_emptyResult_hasNoTask() throws Exception {
        mock.enqueueResult("{}");

        assertTrue(mock.client().servers().remove("srv-1").isEmpty());
    }

    @Test
    void list_serverWithoutId_isMalformed() {
        mock.enqueueResult("{\"servers\": [{\"name\": \"web1\"}]}");

        MalformedResponseException e = assertThrows(MalformedResponseException.class,
                () -> mock.client().servers().list());

        assertEquals("list-servers returned a server without id", e.getMessage());
    }

    @Test
    void addTraffic_zeroAmount_rejected() {
        assertThrows(IllegalArgumentException.class,
                () -> mock.client().servers().addTraffic("srv-1", 0, 1, false));
    }
}

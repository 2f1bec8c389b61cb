package org.njalla4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DomainsApiTest {

    private MockNjalla mock;

    @BeforeEach
    void start() throws Exception {
        mock = new MockNjalla();
    }

    @AfterEach
    void stop() throws Exception {
        mock.close();
    }

    @Test
    void register_zeroYears_rejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> mock.client().domains().register("example.org", 0));

        assertEquals("register-domain: invalid years 0; use 1 to 10", e.getMessage());
    }

    @Test
    void register_resultWithoutTask_isMalformed() {
        mock.enqueueResult("{}");

        assertThrows(MalformedResponseException.class,
                () -> mock.client().domains().register("example.org", 1));
    }

    @Test
    void tlds_listShape_accepted() throws Exception {
        mock.enqueueResult("{\"tlds\": [{\"tld\": \".se\", \"price\": 30, \"max_year\": 1}]}");

        List<TldInfo> tlds = mock.client().domains().tlds();

        assertEquals("se", tlds.get(0).tld());
        assertEquals(1, tlds.get(0).maxYears());
    }

    @Test
    void edit_emptyResult_getsRequestedName() throws Exception {
        mock.enqueueResult("{}");

        Domain domain = mock.client().domains().edit(EditDomainRequest.builder("example.com")
                .dnssec(true).build());

        assertEquals("example.com", domain.name());
    }

    @Test
    void get_lockField_readAsLocked() throws Exception {
        mock.enqueueResult("{\"name\": \"example.com\", \"lock\": \"true\", \"expiry\": \"soon\"}");

        Domain domain = mock.client().domains().get("example.com");

        assertEquals(Boolean.TRUE, domain.locked());
        assertEquals(null, domain.expiry());
    }
}

package org.njalla4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordsApiTest {

    private MockNjalla mock;

    @BeforeEach
    void start() throws Exception {
        mock = new MockNjalla();
    }

    @AfterEach
    void stop() throws Exception {
        mock.close();
    }

    private List<DnsRecord> listFixture() throws Exception {
        mock.enqueueJson(MockNjalla.fixture("list-records").get("response").toString());
        return mock.client().records().list("example.com");
    }

    @Test
    void list_numericStringAndUuidIds_keptAsText() throws Exception {
        List<DnsRecord> records = listFixture();

        assertEquals("133763", records.get(0).id());
        assertEquals("133765", records.get(1).id());
        assertEquals("0b8e2f4c-6a7d-4c1e-9f3b-2d5a8c7e1f60", records.get(3).id());
    }

    @Test
    void list_dynamicRecord_keepsExtraFieldsInRaw() throws Exception {
        DnsRecord dynamic = listFixture().get(2);

        assertEquals("Dynamic", dynamic.type());
        assertEquals("@", dynamic.name());
        assertEquals("192.0.2.76", dynamic.raw().path("current_ips").get(0).asText());
        assertTrue(dynamic.raw().path("update_url").asText().contains("&auto"));
    }

    @Test
    void list_srvRecord_hasPriorityWeightPort() throws Exception {
        DnsRecord srv = listFixture().get(3);

        assertEquals(10, srv.prio());
        assertEquals(20, srv.weight());
        assertEquals(5060, srv.port());
        assertEquals("sip.example.com", srv.content());
    }

    @Test
    void list_sshfpAndHttpsRecords_parsed() throws Exception {
        List<DnsRecord> records = listFixture();
        DnsRecord sshfp = records.get(4);
        DnsRecord https = records.get(5);

        assertEquals(4, sshfp.sshAlgorithm());
        assertEquals(1, sshfp.sshType());
        assertEquals(".", https.target());
        assertEquals(1, https.prio());
        assertNull(https.ttl());
    }

    @Test
    void list_bareArrayResult_accepted() throws Exception {
        mock.enqueueResult("[{\"id\": 1, \"name\": \"www\", \"type\": \"A\","
                + " \"content\": \"192.0.2.1\", \"ttl\": \"300\"}]");

        DnsRecord record = mock.client().records().list("example.com").get(0);

        assertEquals("1", record.id());
        assertEquals(300, record.ttl());
    }

    @Test
    void list_unknownTypeAndFields_tolerated() throws Exception {
        mock.enqueueResult("{\"records\": [{\"id\": \"9\", \"name\": \"x\", \"type\": \"URI\","
                + " \"content\": \"10 1 ftp://example.com/\", \"shiny\": {\"new\": true}}]}");

        DnsRecord record = mock.client().records().list("example.com").get(0);

        assertEquals("URI", record.type());
        assertTrue(record.raw().path("shiny").path("new").asBoolean());
    }

    @Test
    void list_recordWithoutId_isMalformed() {
        mock.enqueueResult("{\"records\": [{\"name\": \"x\", \"type\": \"A\"}]}");

        MalformedResponseException e = assertThrows(MalformedResponseException.class,
                () -> mock.client().records().list("example.com"));

        assertEquals("list-records returned a result without id", e.getMessage());
    }

    @Test
    void list_resultIsImmutable() throws Exception {
        List<DnsRecord> records = listFixture();

        assertThrows(UnsupportedOperationException.class, () -> records.remove(0));
    }

    @Test
    void add_txtContent_sentRawWithoutQuotes() throws Exception {
        mock.enqueueResult("{\"id\": 188137, \"name\": \"_acme-challenge.www\", \"type\": \"TXT\","
                + " \"content\": \"a-b_c\", \"ttl\": 60}");

        DnsRecord record = mock.client().records()
                .add(AddRecordRequest.txt("example.com", "_acme-challenge.www", "a-b_c", 60));

        JsonNode params = MockNjalla.body(mock.take()).get("params");
        assertEquals("a-b_c", params.get("content").asText());
        assertEquals("188137", record.id());
    }

    @Test
    void add_invalidRequest_sendsNothing() {
        assertThrows(IllegalArgumentException.class, () -> mock.client().records()
                .add(AddRecordRequest.builder("example.com", "TXT", "").content("v").build()));

        assertEquals(0, mock.server.getRequestCount());
    }

    @Test
    void edit_resultWithoutId_getsRequestId() throws Exception {
        mock.enqueueResult("{\"name\": \"www\", \"type\": \"A\", \"content\": \"192.0.2.9\"}");
        DnsRecord existing = new DnsRecord("42", "www", "A", "192.0.2.1", 300, null, null, null,
                null, null, null, null);

        DnsRecord edited = mock.client().records().edit(EditRecordRequest
                .builder("example.com", existing).content("192.0.2.9").build());

        assertEquals("42", edited.id());
        JsonNode params = MockNjalla.body(mock.take()).get("params");
        assertEquals("A", params.get("type").asText());
        assertEquals("42", params.get("id").asText());
    }

    @Test
    void remove_blankId_rejectedBeforeSending() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> mock.client().records().remove("example.com", " "));

        assertTrue(e.getMessage().startsWith("remove-record: empty record id for example.com"));
        assertFalse(mock.server.getRequestCount() > 0);
    }
}

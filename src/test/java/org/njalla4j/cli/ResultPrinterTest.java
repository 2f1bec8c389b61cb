package org.njalla4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultPrinterTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ResultPrinter printer = new ResultPrinter(new CliContext(
            new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
            new PrintWriter(err, true), Map.of()));

    private void print(String method, String json, boolean asJson) throws Exception {
        printer.print(method, MockApi.MAPPER.readTree(json), asJson);
    }

    @Test
    void records_printedAsTable() throws Exception {
        print("list-records", "{\"records\":[{\"id\":1,\"name\":\"@\",\"type\":\"A\","
                + "\"content\":\"192.0.2.1\",\"ttl\":3600},{\"id\":\"22\",\"name\":\"_sip._tcp\","
                + "\"type\":\"SRV\",\"content\":\"sip.example.com\",\"prio\":10,\"weight\":5,"
                + "\"port\":5060,\"ttl\":60}]}", false);

        assertEquals("""
                ID  NAME       TYPE  TTL   CONTENT
                1   @          A     3600  192.0.2.1
                22  _sip._tcp  SRV   60    10 5 5060 sip.example.com
                """, out.toString());
    }

    @Test
    void domains_printedAsTable() throws Exception {
        print("list-domains", "{\"domains\":[{\"name\":\"example.com\",\"status\":\"active\","
                + "\"expiry\":\"2027-01-01T00:00:00Z\"}]}", false);

        assertEquals("""
                NAME         STATUS  EXPIRY
                example.com  active  2027-01-01T00:00:00Z
                """, out.toString());
    }

    @Test
    void tokens_tableLeavesOutKeys() throws Exception {
        print("list-tokens", "{\"tokens\":[{\"key\":\"secretkey1\",\"comment\":\"ci\","
                + "\"allowed_types\":[\"TXT\"],\"from\":[\"192.0.2.0/24\",\"2001:db8::/32\"]}]}",
                false);

        assertFalse(out.toString().contains("secretkey1"), out.toString());
        assertEquals("""
                COMMENT  ALLOWED_TYPES  FROM
                ci       TXT            192.0.2.0/24,2001:db8::/32
                """, out.toString());
    }

    @Test
    void addToken_printsKeyOnceWithWarning() throws Exception {
        print("add-token", "{\"key\":\"newkey\",\"comment\":\"acme\"}", false);

        assertEquals("key      newkey\ncomment  acme\n", out.toString());
        assertTrue(err.toString().contains("mode 0600"), err.toString());
        assertFalse(err.toString().contains("newkey"));
    }

    @Test
    void emptyResult_printsNothing() throws Exception {
        print("remove-record", "{}", false);
        print("edit-token", "{}", false);

        assertEquals("", out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void emptyRecordList_saysNoRecords() throws Exception {
        print("list-records", "{\"records\":[]}", false);

        assertEquals("", out.toString());
        assertEquals("njalla list-records: no records\n", err.toString());
    }

    @Test
    void removeRecord_noMatch_saysNothingRemoved() throws Exception {
        print("remove-record", "{\"records\":[]}", false);

        assertEquals("njalla remove-record: no record matched; nothing was removed\n",
                err.toString());
    }

    @Test
    void emptyGenericList_namesTheList() throws Exception {
        print("list-domains", "{\"domains\":[]}", false);
        print("list-server-images", "{\"server_images\":[]}", false);
        print("list-tokens", "[]", false);

        assertEquals("", out.toString());
        assertEquals("""
                njalla list-domains: no domains
                njalla list-server-images: no server images
                njalla list-tokens: no results
                """, err.toString());
    }

    @Test
    void emptyList_json_printsEmptyList() throws Exception {
        print("list-records", "{\"records\":[]}", true);

        assertTrue(out.toString().contains("\"records\" : [ ]"), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void json_printsIndentedRawResult() throws Exception {
        print("list-tokens", "{\"tokens\":[{\"key\":\"k1\"}]}", true);

        assertEquals("{\n  \"tokens\" : [ {\n    \"key\" : \"k1\"\n  } ]\n}\n", out.toString());
    }

    @Test
    void object_printedAsAlignedPairs() throws Exception {
        print("get-domain", "{\"name\":\"example.com\",\"nameservers\":[\"a\",\"b\"],"
                + "\"locked\":true,\"contacts\":{\"owner\":\"x\"},\"note\":\"two\\nlines\"}",
                false);

        assertEquals("""
                name         example.com
                nameservers  a,b
                locked       true
                contacts     {"owner":"x"}
                note         two\\nlines
                """, out.toString());
    }

    @Test
    void mapOfObjects_printedAsTable() throws Exception {
        print("get-tlds", "{\"com\":{\"price\":15,\"max_year\":10},"
                + "\"se\":{\"price\":30,\"dnssec\":true}}", false);

        assertEquals("""
                TLD  PRICE  MAX_YEAR  DNSSEC
                com  15     10
                se   30               true
                """, out.toString());
    }

    @Test
    void escapeControls_keepsOneLine() {
        String escaped = ResultPrinter.escapeControls("a\nb\tc\\d\u001b[31m");

        assertEquals("a\\nb\\tc\\\\d\\u001b[31m", escaped);
    }

    @Test
    void scalarList_printedOnePerLine() throws Exception {
        print("list-server-images", "{\"images\":[\"debian12\",\"ubuntu24\"]}", false);

        assertEquals("debian12\nubuntu24\n", out.toString());
    }
}

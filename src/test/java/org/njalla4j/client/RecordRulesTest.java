package org.njalla4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecordRulesTest {

    private static Map<String, Object> params(Object... pairs) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.put((String) pairs[i], pairs[i + 1]);
        }
        return params;
    }

    private static String reject(String method, Map<String, Object> params) {
        return assertThrows(IllegalArgumentException.class,
                () -> RecordRules.check(method, params)).getMessage();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 120, 299, 3601, 86401})
    void check_ttlOutsideSet_rejected(int ttl) {
        assertEquals("add-record: invalid ttl " + ttl
                + "; use one of [60, 300, 900, 3600, 10800, 21600, 86400]",
                reject("add-record", params("type", "TXT", "name", "x", "ttl", ttl)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void check_emptyName_rejectedWithApexHint(String name) {
        assertEquals("edit-record: empty record name; use '@' for the apex",
                reject("edit-record", params("name", name)));
    }

    @Test
    void check_unknownType_listsTypes() {
        String message = reject("add-record", params("type", "SPF", "name", "@"));

        assertTrue(message.startsWith("add-record: invalid record type 'SPF'; use one of A, "),
                message);
    }

    @ParameterizedTest
    @CsvSource({"TXT, prio, 1", "A, weight, 1", "MX, port, 1", "TXT, target, .",
        "A, ssh_algorithm, 1", "Dynamic, ttl, 60", "HTTPS, content, x", "SVCB, ttl, 60"})
    void check_fieldNotForType_rejected(String type, String field, String value) {
        Object typed = value.chars().allMatch(Character::isDigit) ? Integer.valueOf(value) : value;
        String message = reject("add-record", params("type", type, "name", "x", field, typed));

        assertTrue(message.startsWith("add-record: field '" + field
                + "' does not apply to type " + type + "; it applies to "), message);
    }

    @ParameterizedTest
    @CsvSource({"ssh_algorithm, 0, 1 to 5", "ssh_algorithm, 6, 1 to 5", "ssh_type, 3, 1 to 2",
        "ssh_type, 0, 1 to 2"})
    void check_sshfpOutOfRange_rejected(String field, int value, String range) {
        assertEquals("add-record: invalid " + field + " " + value + "; use a value from " + range,
                reject("add-record", params("type", "SSHFP", "name", "h", field, value)));
    }

    @Test
    void check_portOutOfRange_rejected() {
        assertEquals("add-record: invalid port 70000; use a value from 0 to 65535",
                reject("add-record", params("type", "SRV", "name", "_s._tcp", "port", 70000)));
    }

    @Test
    void check_quotedTxt_rejected() {
        assertEquals("add-record: TXT content \"abc\" is quoted; send the value without the"
                + " surrounding double quotes",
                reject("add-record", params("type", "TXT", "name", "x", "content", "\"abc\"")));
    }

    @Test
    void check_typeSpelling_isNormalised() {
        Map<String, Object> params = params("type", "dynamic", "name", "@", "content", "x");
        params.remove("content");

        RecordRules.check("add-record", params);

        assertEquals("Dynamic", params.get("type"));
    }

    @Test
    void check_editWithoutType_checksTtlOnly() {
        Map<String, Object> params = params("id", "7", "domain", "example.com", "prio", 5,
                "ttl", 300);

        RecordRules.check("edit-record", params);

        assertEquals(300, params.get("ttl"));
    }

    @Test
    void builders_runTheChecks() {
        assertThrows(IllegalArgumentException.class,
                () -> AddRecordRequest.txt("example.com", "", "v", 60));
        assertThrows(IllegalArgumentException.class,
                () -> EditRecordRequest.builder("example.com", "7").type("A").prio(1).build());
        assertThrows(IllegalArgumentException.class,
                () -> EditRecordRequest.builder("example.com", "7").ttl(120).build());
    }

    @Test
    void addRecord_srvWithAllFields_accepted() {
        AddRecordRequest request = AddRecordRequest.builder("example.com", "srv", "_sip._tcp")
                .content("sip.example.com").ttl(3600).prio(10).weight(20).port(5060).build();

        assertEquals("SRV", request.type());
        assertEquals(5060, request.toParams().get("port"));
    }
}

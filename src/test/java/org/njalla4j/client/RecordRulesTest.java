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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A | notanip | invalid content 'notanip' for type A; give an IPv4 address",
        "A | 256.1.1.1 | invalid content '256.1.1.1' for type A",
        "AAAA | 1.2.3.4 | invalid content '1.2.3.4' for type AAAA; give an IPv6 address",
        "AAAA | fe80::1%eth0 | invalid content 'fe80::1%eth0' for type AAAA",
        "CNAME | a b.example.com | invalid content 'a b.example.com' for type CNAME",
        "CAA | letsencrypt.org | invalid content 'letsencrypt.org' for type CAA",
        "Redirect | ftp://example.com/ | invalid content 'ftp://example.com/' for type Redirect",
    })
    void check_contentNotFittingType_rejected(String type, String content, String expected) {
        String message = reject("edit-record", params("type", type, "content", content));

        assertTrue(message.startsWith("edit-record: " + expected), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A | 192.0.2.1", "AAAA | 2001:db8::1", "AAAA | ::ffff:192.0.2.1",
        "MX | mail.example.com.", "CNAME | bücher.example", "SRV | .",
        "CAA | 0 issue \"letsencrypt.org\"", "ANAME | 192.0.2.1", "ANAME | target.example",
        "Redirect | https://example.com/x", "TXT | v=spf1 -all",
    })
    void check_contentFittingType_accepted(String type, String content) {
        Map<String, Object> request = params("type", type, "name", "x", "content", content);
        if (!type.equals("A") && !type.equals("AAAA") && RecordRules.appliesTo("prio", type)) {
            request.put("prio", 10);
        }
        if (type.equals("SRV")) {
            request.put("weight", 1);
            request.put("port", 5060);
        }

        RecordRules.check("add-record", request);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void check_emptyContent_rejected(String content) {
        String message = reject("add-record", params("type", "A", "name", "x",
                "content", content));

        assertEquals("add-record: empty content for type A; give an IPv4 address such as"
                + " 192.0.2.1", message);
    }

    @Test
    void check_txtOverLimit_rejected() {
        String message = reject("add-record", params("type", "TXT", "name", "x",
                "content", "x".repeat(RecordRules.MAX_TXT_LENGTH + 1)));

        assertEquals("add-record: content for type TXT has 2049 characters; the maximum is"
                + " 2048", message);
    }

    @Test
    void check_txtAtLimit_accepted() {
        RecordRules.check("add-record", params("type", "TXT", "name", "x",
                "content", "x".repeat(RecordRules.MAX_TXT_LENGTH)));
    }

    @Test
    void check_nameWithSpace_rejected() {
        String message = reject("add-record", params("type", "TXT", "name", "a b",
                "content", "x"));

        assertTrue(message.startsWith("add-record: invalid name 'a b'; it may contain only"
                + " letters, digits"), message);
    }

    @Test
    void check_labelOf64_rejected() {
        String label = "a".repeat(64);
        String message = reject("add-record", params("type", "TXT", "name", label + ".b",
                "content", "x"));

        assertTrue(message.contains("each label has at most 63 characters"), message);
        assertTrue(message.contains("has 64"), message);
    }

    @Test
    void check_nameOf300_rejectedShortened() {
        String name = "abcdefghi.".repeat(30);
        String message = reject("edit-record", params("name", name));

        assertTrue(message.contains("a name has at most 253 characters (it has 299)"), message);
        assertTrue(message.contains("... (300 characters)"), message);
        assertTrue(message.length() < 200, message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"@", "*", "*.sub", "_acme-challenge.www", "www.example.com.",
        "bücher", "a-b_c"})
    void check_validName_accepted(String name) {
        RecordRules.check("add-record", params("type", "TXT", "name", name, "content", "x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a..b", ".a", "a.*", "w*w"})
    void check_malformedName_rejected(String name) {
        String message = reject("add-record", params("type", "TXT", "name", name,
                "content", "x"));

        assertTrue(message.startsWith("add-record: invalid name '" + name + "'"), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "MX | content=mail.example.com | missing prio for type MX",
        "SRV | content=sip.example.com,prio=1,weight=1 | missing port for type SRV",
        "SRV | content=sip.example.com | missing prio for type SRV",
        "A | ttl=60 | missing content for type A",
        "SSHFP | content=ab,ssh_algorithm=1 | missing ssh_type for type SSHFP",
    })
    void check_addWithoutRequiredField_rejected(String type, String fields, String expected) {
        Map<String, Object> request = params("type", type, "name", "x");
        for (String pair : fields.split(",")) {
            String[] parts = pair.split("=");
            boolean number = parts[1].chars().allMatch(Character::isDigit);
            request.put(parts[0], number ? Integer.valueOf(parts[1]) : parts[1]);
        }

        String message = reject("add-record", request);

        assertTrue(message.startsWith("add-record: " + expected), message);
    }

    @Test
    void check_editWithoutPrio_accepted() {
        RecordRules.check("edit-record", params("type", "MX", "content", "mx.example.com"));
    }
}

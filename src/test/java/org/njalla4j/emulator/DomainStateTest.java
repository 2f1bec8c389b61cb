package org.njalla4j.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.njalla4j.emulator.Fixture.call;
import static org.njalla4j.emulator.Fixture.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.njalla4j.client.NjallaClient;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/** Propagation delay: record changes reach DNS only after the configured time. */
class DomainStateTest {

    @Test
    void publish_addEditRemoveFollowDelay() throws Exception {
        MutableClock clock = new MutableClock();
        try (Emulator emulator = Emulator.builder().domains("example.com").clock(clock)
                .propagationDelay(Duration.ofSeconds(30)).start()) {
            NjallaClient client = Fixture.client(emulator);
            long serial0 = serial(emulator);
            JsonNode added = call(client, "add-record", "domain", "example.com",
                    "name", "_acme-challenge", "type", "TXT", "content", "one", "ttl", 60);
            String name = "_acme-challenge.example.com.";
            assertEquals(Rcode.NXDOMAIN, query(emulator, name, Type.TXT, false).getRcode());
            assertEquals(serial0, serial(emulator));
            clock.advance(Duration.ofSeconds(30));
            assertEquals(List.of("\"one\""), txt(emulator, name));
            assertEquals(serial0 + 1, serial(emulator));

            call(client, "edit-record", "domain", "example.com", "id",
                    added.path("id").asText(), "content", "two");
            assertEquals(List.of("\"one\""), txt(emulator, name));
            clock.advance(Duration.ofSeconds(30));
            assertEquals(List.of("\"two\""), txt(emulator, name));

            call(client, "remove-record", "domain", "example.com", "id",
                    added.path("id").asText());
            assertEquals(List.of("\"two\""), txt(emulator, name));
            clock.advance(Duration.ofSeconds(30));
            assertEquals(Rcode.NXDOMAIN, query(emulator, name, Type.TXT, true).getRcode());
            assertTrue(serial(emulator) > serial0 + 2);
        }
    }

    @Test
    void publish_appearsAfterRealDelay() throws Exception {
        try (Emulator emulator = Emulator.builder().domains("example.com")
                .propagationDelay(Duration.ofSeconds(1)).start()) {
            call(Fixture.client(emulator), "add-record", "domain", "example.com",
                    "name", "_acme-challenge", "type", "TXT", "content", "late", "ttl", 60);
            Instant deadline = Instant.now().plusSeconds(60);
            List<String> seen = List.of();
            while (seen.isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
                seen = txt(emulator, "_acme-challenge.example.com.");
            }
            assertEquals(List.of("\"late\""), seen);
        }
    }

    private static List<String> txt(Emulator emulator, String name) throws Exception {
        Message answer = query(emulator, name, Type.TXT, false);
        return answer.getSection(Section.ANSWER).stream().map(r -> r.rdataToString()).toList();
    }

    private static long serial(Emulator emulator) throws Exception {
        Message answer = query(emulator, "example.com.", Type.SOA, false);
        return ((SOARecord) answer.getSection(Section.ANSWER).get(0)).getSerial();
    }
}

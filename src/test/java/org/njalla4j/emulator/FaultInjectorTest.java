package org.njalla4j.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.njalla4j.emulator.Fixture.call;
import static org.njalla4j.emulator.Fixture.query;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.njalla4j.client.NjallaApiException;
import org.njalla4j.client.NjallaClient;
import org.njalla4j.client.NjallaTransportException;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Type;

/** Each fault option, seen from a client. */
class FaultInjectorTest {

    private static Emulator start(Faults faults) throws Exception {
        return Emulator.builder().domains("example.com").faults(faults).start();
    }

    @Test
    void badGateway_returnsHtml502() throws Exception {
        try (Emulator emulator = start(Faults.builder().badGatewayRate(1).build())) {
            NjallaTransportException e = assertThrows(NjallaTransportException.class,
                    () -> call(Fixture.client(emulator), "list-domains"));
            assertEquals(502, e.httpStatus());
        }
    }

    @Test
    void reset_closesWithoutResponse() throws Exception {
        try (Emulator emulator = start(Faults.builder().resetRate(1).build())) {
            NjallaTransportException e = assertThrows(NjallaTransportException.class,
                    () -> call(Fixture.client(emulator), "list-domains"));
            assertEquals(0, e.httpStatus());
        }
    }

    @Test
    void tooManyRequests_sendsRetryAfter() throws Exception {
        Faults faults = Faults.builder().tooManyRequestsRate(1)
                .retryAfter(Duration.ofSeconds(7)).build();
        try (Emulator emulator = start(faults)) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(emulator.apiUrl())
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"method\":\"list-domains\",\"params\":{}}"))
                            .timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(429, response.statusCode());
            assertEquals("7", response.headers().firstValue("Retry-After").orElse(""));
        }
    }

    @Test
    void latency_delaysBeyondClientTimeout() throws Exception {
        try (Emulator emulator = start(Faults.builder().latency(Duration.ofSeconds(5)).build())) {
            NjallaClient impatient = NjallaClient.builder().apiUrl(emulator.apiUrl())
                    .token(emulator.fullAccessToken()).readTimeout(Duration.ofMillis(300))
                    .build();
            assertThrows(NjallaTransportException.class, () -> call(impatient, "list-domains"));
        }
    }

    @Test
    void methodFailure_failsFirstCallsThenSucceeds() throws Exception {
        Faults faults = Faults.builder().failMethod(
                Faults.MethodFailure.parse("list-domains:-32000:Invalid arguments:2")).build();
        try (Emulator emulator = start(faults)) {
            NjallaClient client = Fixture.client(emulator);
            for (int i = 0; i < 2; i++) {
                NjallaApiException e = assertThrows(NjallaApiException.class,
                        () -> call(client, "list-domains"));
                assertEquals(-32000, e.code());
                assertEquals("Invalid arguments", e.apiMessage());
            }
            assertEquals(1, call(client, "list-domains").path("domains").size());
            call(client, "get-balance");
        }
    }

    @Test
    void randomFaults_repeatWithSameSeed() throws Exception {
        assertEquals(outcomes(42), outcomes(42));
    }

    /** Sends requests with the JDK client, which never retries, and lists the statuses. */
    private static List<Integer> outcomes(long seed) throws Exception {
        Faults faults = Faults.builder().badGatewayRate(0.5).seed(seed).build();
        List<Integer> statuses = new ArrayList<>();
        try (Emulator emulator = start(faults)) {
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < 12; i++) {
                HttpRequest request = HttpRequest.newBuilder(emulator.apiUrl())
                        .header("Authorization", "Njalla " + emulator.fullAccessToken())
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"method\":\"list-domains\",\"params\":{}}")).build();
                statuses.add(http.send(request, HttpResponse.BodyHandlers.ofString())
                        .statusCode());
            }
        }
        assertTrue(statuses.contains(200), statuses.toString());
        assertTrue(statuses.contains(502), statuses.toString());
        return statuses;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void dnsServfail_forStartPeriod(boolean tcp) throws Exception {
        Faults faults = Faults.builder().dnsServfailFor(Duration.ofHours(1)).build();
        try (Emulator emulator = start(faults)) {
            assertEquals(Rcode.SERVFAIL, query(emulator, "example.com.", Type.SOA, tcp)
                    .getRcode());
            assertEquals(Rcode.REFUSED, query(emulator, "example.org.", Type.SOA, tcp)
                    .getRcode());
        }
    }

    @Test
    void dnsServfail_toggles() throws Exception {
        try (Emulator emulator = start(Faults.none())) {
            emulator.setDnsServfail(true);
            assertEquals(Rcode.SERVFAIL, query(emulator, "example.com.", Type.SOA, false)
                    .getRcode());
            emulator.setDnsServfail(false);
            assertEquals(Rcode.NOERROR, query(emulator, "example.com.", Type.SOA, false)
                    .getRcode());
        }
    }

    @Test
    void methodFailureParse_rejectsBadSpec() {
        assertThrows(IllegalArgumentException.class,
                () -> Faults.MethodFailure.parse("add-record:x:boom"));
        assertThrows(IllegalArgumentException.class,
                () -> Faults.MethodFailure.parse("add-record"));
        Faults.MethodFailure parsed =
                Faults.MethodFailure.parse("add-record:403:permission denied");
        assertEquals(0, parsed.times());
        assertEquals(403, parsed.code());
    }
}

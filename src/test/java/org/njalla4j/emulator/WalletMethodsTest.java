package org.njalla4j.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.njalla4j.emulator.Fixture.call;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.njalla4j.client.NjallaApiException;
import org.njalla4j.client.NjallaClient;

class WalletMethodsTest {

    private MutableClock clock;
    private Emulator emulator;
    private NjallaClient client;

    @BeforeEach
    void start() throws Exception {
        clock = new MutableClock();
        emulator = Emulator.builder().domains("example.com").clock(clock).taskChecks(2)
                .taskDuration(Duration.ofMinutes(5)).start();
        client = Fixture.client(emulator);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void addPayment_creditsWalletWhenComplete() throws Exception {
        JsonNode payment = call(client, "add-payment", "amount", 30, "via", "bitcoin");
        assertTrue(payment.path("address").asText().startsWith("bitcoin:"));
        String id = payment.path("id").asText();
        assertEquals("pending", call(client, "get-payment", "id", id).path("status").asText());
        assertEquals(0, call(client, "get-balance").path("balance").asInt());
        assertEquals("completed", call(client, "get-payment", "id", id).path("status").asText());
        assertEquals(30, call(client, "get-balance").path("balance").asInt());
        JsonNode transactions = call(client, "list-transactions").path("transactions");
        assertEquals(1, transactions.size());
        assertEquals(30, transactions.get(0).path("amount").asInt());
    }

    @Test
    void addPayment_paypalHasUrl() throws Exception {
        JsonNode payment = call(client, "add-payment", "amount", 5, "via", "paypal");
        assertTrue(payment.path("url").asText().startsWith("https://"));
        clock.advance(Duration.ofMinutes(5));
        assertEquals(5, call(client, "get-balance").path("balance").asInt());
    }

    @ParameterizedTest
    @CsvSource({"10, bitcoin", "0, bitcoin", "315, monero", "-15, monero", "15, cash"})
    void addPayment_rejectsInvalid(int amount, String via) {
        NjallaApiException e = assertThrows(NjallaApiException.class,
                () -> call(client, "add-payment", "amount", amount, "via", via));
        assertEquals(-32000, e.code());
    }

    @Test
    void getPayment_rejectsUnknownId() {
        NjallaApiException e = assertThrows(NjallaApiException.class,
                () -> call(client, "get-payment", "id", "404"));
        assertEquals(-32000, e.code());
    }
}

package org.njalla4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WalletApiTest {

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
    @ValueSource(ints = {0, 4, 10, 16, 29, 301, 315, -15})
    void addPayment_invalidAmount_rejected(int amount) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> mock.client().wallet().addPayment(amount, "monero"));

        assertEquals("add-payment: invalid amount " + amount
                + "; use 5 or a multiple of 15 up to 300", e.getMessage());
        assertEquals(0, mock.server.getRequestCount());
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 15, 30, 150, 300})
    void addPayment_validAmount_sent(int amount) throws Exception {
        mock.enqueueResult("{\"amount\": " + amount + ", \"url\": \"https://paypal.example/x\"}");

        Payment payment = mock.client().wallet().addPayment(amount, "PayPal");

        assertEquals(amount, payment.amount());
        assertEquals("paypal", MockNjalla.body(mock.take()).get("params").get("via").asText());
    }

    @Test
    void addPayment_unknownVia_rejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> mock.client().wallet().addPayment(15, "dogecoin"));

        assertEquals("add-payment: invalid via 'dogecoin'; use one of paypal, bitcoin, litecoin,"
                + " monero, zcash, ethereum", e.getMessage());
    }

    @Test
    void balance_missing_isMalformed() {
        mock.enqueueResult("{}");

        assertThrows(MalformedResponseException.class, () -> mock.client().wallet().balance());
    }
}

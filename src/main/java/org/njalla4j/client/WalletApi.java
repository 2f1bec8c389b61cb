package org.njalla4j.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Wallet methods of the Njalla API. */
public final class WalletApi {

    /** Payment methods that {@code add-payment} accepts. */
    public static final Set<String> PAYMENT_METHODS =
            Set.of("paypal", "bitcoin", "litecoin", "monero", "zcash", "ethereum");

    /** The largest refill in euros. */
    public static final int MAX_PAYMENT = 300;

    private final NjallaClient client;

    WalletApi(NjallaClient client) {
        this.client = client;
    }

    /**
     * {@code add-payment}: starts a wallet refill and returns where to pay. Never retried.
     *
     * @param amount euros: 5, or a multiple of 15 up to 300
     * @param via one of {@link #PAYMENT_METHODS}
     * @throws IllegalArgumentException for another amount or payment method
     */
    public Payment addPayment(int amount, String via) throws NjallaException {
        Objects.requireNonNull(via, "via");
        checkAmount(amount);
        String method = via.strip().toLowerCase(Locale.ROOT);
        if (!PAYMENT_METHODS.contains(method)) {
            throw new IllegalArgumentException("add-payment: invalid via '" + via
                    + "'; use one of paypal, bitcoin, litecoin, monero, zcash, ethereum");
        }
        JsonNode result = client.call("add-payment", Params.of("amount", amount, "via", method));
        return Payment.parse("add-payment", result);
    }

    /** {@code get-balance}: the wallet balance in euros. */
    public BigDecimal balance() throws NjallaException {
        JsonNode result = client.call("get-balance", Map.of());
        BigDecimal balance = JsonFields.decimal(result, "balance");
        if (balance == null) {
            throw new MalformedResponseException("get-balance returned no balance");
        }
        return balance;
    }

    /** {@code get-payment}: the state of one payment. */
    public Payment getPayment(String id) throws NjallaException {
        Objects.requireNonNull(id, "id");
        return Payment.parse("get-payment", client.call("get-payment", Map.of("id", id)));
    }

    /** {@code list-transactions}: the wallet's transactions of the last 90 days. */
    public List<Transaction> listTransactions() throws NjallaException {
        return JsonFields.list("list-transactions", client.call("list-transactions", Map.of()),
                "transactions", Transaction::parse);
    }

    private static void checkAmount(int amount) {
        boolean valid = amount == 5 || (amount > 0 && amount % 15 == 0 && amount <= MAX_PAYMENT);
        if (!valid) {
            throw new IllegalArgumentException("add-payment: invalid amount " + amount
                    + "; use 5 or a multiple of 15 up to " + MAX_PAYMENT);
        }
    }
}

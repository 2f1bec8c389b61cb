package org.njalla4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The wallet methods: get-balance, add-payment, get-payment, list-transactions. A
 * payment is pending until it completes like a task, then credits the wallet. Purchases
 * elsewhere call {@link #charge}, which fails with -32000 "Insufficient funds" when the
 * balance is too low.
 */
final class WalletMethods {

    /** Payment methods add-payment accepts. */
    static final List<String> VIA =
            List.of("paypal", "bitcoin", "litecoin", "monero", "zcash", "ethereum");

    private static final int MAX_PAYMENT = 300;
    /** Transactions older than this are left out of list-transactions. */
    private static final Duration HISTORY = Duration.ofDays(90);

    private WalletMethods() {
    }

    static void register(Map<String, MethodHandler> table) {
        table.put("get-balance", WalletMethods::balance);
        table.put("add-payment", WalletMethods::addPayment);
        table.put("get-payment", WalletMethods::getPayment);
        table.put("list-transactions", WalletMethods::transactions);
    }

    /** Takes {@code euros} from the wallet and records the transaction. */
    static void charge(EmulatorState state, int euros, String comment) {
        if (state.account.balance < euros) {
            throw ApiError.invalid("Insufficient funds");
        }
        state.account.balance -= euros;
        transaction(state, -euros, comment);
    }

    /** Credits a pending payment; called by {@link Tasks#advance} when it is due. */
    static void complete(EmulatorState state, ObjectNode payment) {
        payment.put("status", "completed");
        state.account.balance += payment.path("amount").asInt();
        transaction(state, payment.path("amount").asInt(),
                "payment " + payment.path("id").asText() + " via " + payment.path("via").asText());
    }

    private static void transaction(EmulatorState state, int euros, String comment) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("id", state.account.nextId());
        entry.put("amount", euros);
        entry.put("comment", comment);
        entry.put("status", "completed");
        entry.put("completed", state.timestamp());
        state.account.transactions.add(entry);
    }

    private static JsonNode balance(Call call) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("balance", call.account().balance);
        return result;
    }

    /** Starts a payment of 5 euros or a multiple of 15 up to 300. */
    private static JsonNode addPayment(Call call) {
        int amount = call.params().integer("amount");
        String via = call.params().string("via");
        boolean validAmount = amount == 5 || amount > 0 && amount % 15 == 0
                && amount <= MAX_PAYMENT;
        if (!validAmount || !VIA.contains(via)) {
            throw ApiError.invalidArguments();
        }
        String id = call.account().nextId();
        ObjectNode payment = JsonNodeFactory.instance.objectNode();
        payment.put("id", id);
        payment.put("amount", amount);
        payment.put("via", via);
        payment.put("status", Tasks.PENDING);
        payment.put("created", call.state().timestamp());
        payment.put("checks", 0);
        if (via.equals("paypal")) {
            payment.put("url", "https://www.paypal.com/checkoutnow?token=EMULATOR-" + id);
        } else {
            payment.put("address", via + ":emulator-" + call.state().newKey());
        }
        call.account().payments.put(id, payment);
        return view(payment);
    }

    private static JsonNode getPayment(Call call) {
        ObjectNode payment = call.account().payments.get(call.params().string("id"));
        if (payment == null) {
            throw ApiError.invalidArguments();
        }
        Tasks.countCheck(call.state(), payment);
        return view(payment);
    }

    private static ObjectNode view(ObjectNode payment) {
        ObjectNode view = JsonNodeFactory.instance.objectNode();
        for (String field : List.of("id", "amount", "status", "address", "url")) {
            if (payment.has(field)) {
                view.set(field, payment.get(field));
            }
        }
        return view;
    }

    private static JsonNode transactions(Call call) {
        Instant since = call.state().now().minus(HISTORY);
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ArrayNode list = result.putArray("transactions");
        for (ObjectNode entry : call.account().transactions) {
            if (!Instant.parse(entry.path("completed").asText()).isBefore(since)) {
                list.add(entry.deepCopy());
            }
        }
        return result;
    }
}

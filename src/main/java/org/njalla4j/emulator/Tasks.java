package org.njalla4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;

/**
 * Long-running work: domain registrations and renewals, server removals and payments.
 * Each starts {@code pending} and completes once the configured task duration has
 * passed or after the configured number of status checks, whichever comes first; its
 * effect (a new domain, a later expiry, a credited wallet) happens on completion.
 */
final class Tasks {

    static final String PENDING = "pending";
    static final String ACTIVE = "active";

    private Tasks() {
    }

    static void register(Map<String, MethodHandler> table) {
        table.put("check-task", Tasks::check);
    }

    /** Creates a pending task and returns its id. */
    static String start(EmulatorState state, String action, ObjectNode details) {
        String id = state.account.nextId();
        ObjectNode task = details.deepCopy();
        task.put("id", id);
        task.put("action", action);
        task.put("status", PENDING);
        task.put("created", EmulatorState.timestamp(state.now()));
        task.put("checks", 0);
        state.account.tasks.put(id, task);
        return id;
    }

    /** Completes every task and payment that is due; returns whether anything changed. */
    static boolean advance(EmulatorState state) {
        boolean changed = false;
        for (ObjectNode task : state.account.tasks.values()) {
            if (PENDING.equals(task.path("status").asText()) && due(state, task)) {
                complete(state, task);
                changed = true;
            }
        }
        for (ObjectNode payment : state.account.payments.values()) {
            if (PENDING.equals(payment.path("status").asText()) && due(state, payment)) {
                WalletMethods.complete(state, payment);
                changed = true;
            }
        }
        return changed;
    }

    /** Counts one status check of a task or payment and completes it when due. */
    static void countCheck(EmulatorState state, ObjectNode item) {
        item.put("checks", item.path("checks").asInt() + 1);
        advance(state);
    }

    private static boolean due(EmulatorState state, ObjectNode item) {
        Instant created = Instant.parse(item.path("created").asText());
        boolean timeUp = !state.now().isBefore(created.plus(state.settings().taskDuration()));
        return timeUp || item.path("checks").asInt() >= state.settings().taskChecks();
    }

    private static void complete(EmulatorState state, ObjectNode task) {
        switch (task.path("action").asText()) {
            case "register-domain" -> DomainMethods.completeRegistration(state, task);
            case "renew-domain" -> DomainMethods.completeRenewal(state, task);
            default -> { }
        }
        task.put("status", ACTIVE);
        task.put("completed", EmulatorState.timestamp(state.now()));
    }

    /** check-task: the task's id and status; an unknown id is -32000. */
    private static JsonNode check(Call call) {
        ObjectNode task = call.account().tasks.get(call.params().string("id"));
        if (task == null) {
            throw ApiError.invalidArguments();
        }
        countCheck(call.state(), task);
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("id", task.path("id").asText());
        result.put("status", task.path("status").asText());
        return result;
    }
}

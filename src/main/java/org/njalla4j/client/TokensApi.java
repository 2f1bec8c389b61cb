package org.njalla4j.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** API token methods of the Njalla API, and {@code check-task} for long-running tasks. */
public final class TokensApi {

    private final NjallaClient client;

    TokensApi(NjallaClient client) {
        this.client = client;
    }

    /**
     * {@code add-token}: creates a token. The live service returns the new token with its
     * key, but its documentation promises an empty object, so the returned key may be
     * null; then find the token with {@link #list()} by its comment.
     */
    public ApiToken add(AddTokenRequest request) throws NjallaException {
        Objects.requireNonNull(request, "request");
        return parse(client.call("add-token", request.toParams()));
    }

    /**
     * {@code edit-token}: changes a token's settings and returns the token. When the API
     * returns an empty object, the result has the request's key and no other fields.
     */
    public ApiToken edit(EditTokenRequest request) throws NjallaException {
        Objects.requireNonNull(request, "request");
        JsonNode result = client.call("edit-token", request.toParams());
        ApiToken token = parse(result);
        if (token.key() != null) {
            return token;
        }
        return new ApiToken(request.key(), token.comment(), token.created(), token.from(),
                token.allowedDomains(), token.allowedServers(), token.allowedMethods(),
                token.allowedPrefixes(), token.allowedTypes(), token.raw());
    }

    /** {@code list-tokens}: the account's tokens, accepting a bare list as well. */
    public List<ApiToken> list() throws NjallaException {
        JsonNode result = client.call("list-tokens", Map.of());
        return JsonFields.list("list-tokens", result, "tokens",
                node -> parse(JsonFields.object("list-tokens", node)));
    }

    /** {@code remove-token}: deletes the token with this key. */
    public void remove(String key) throws NjallaException {
        Objects.requireNonNull(key, "key");
        client.call("remove-token", Map.of("key", key));
    }

    /** {@code check-task}: the status of a task, such as one register-domain started. */
    public Task checkTask(String id) throws NjallaException {
        Objects.requireNonNull(id, "id");
        return Task.parse(client.call("check-task", Map.of("id", id)), id);
    }

    /**
     * Polls {@code check-task} every {@code interval} until the task is no longer
     * {@link Task#isPending() pending}, and returns it. Blocks the calling thread.
     *
     * @throws TaskTimeoutException when the task is still pending after {@code timeout}
     * @throws NjallaException when a check fails; read-only, so it is retried first
     */
    public Task awaitTask(String id, Duration timeout, Duration interval) throws NjallaException {
        Objects.requireNonNull(id, "id");
        checkPositive("timeout", timeout);
        checkPositive("interval", interval);
        long deadline = System.nanoTime() + timeout.toNanos();
        Task task = checkTask(id);
        while (task.isPending()) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new TaskTimeoutException("task " + id + " still " + task.status()
                        + " after " + HumanDuration.format(timeout)
                        + "; check it later with check-task",
                        task);
            }
            sleep(Math.min(interval.toNanos(), remaining), id);
            task = checkTask(id);
        }
        return task;
    }

    private static void checkPositive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("invalid " + name + " " + value
                    + "; use a positive duration");
        }
    }

    private static void sleep(long nanos, String id) throws NjallaException {
        try {
            Thread.sleep(Duration.ofNanos(nanos).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NjallaException("interrupted while waiting for task " + id, e);
        }
    }

    static ApiToken parse(JsonNode node) {
        return new ApiToken(
                JsonFields.text(node, "key"),
                JsonFields.text(node, "comment"),
                JsonFields.text(node, "created"),
                JsonFields.strings(node, "from"),
                JsonFields.strings(node, "allowed_domains"),
                JsonFields.strings(node, "allowed_servers"),
                JsonFields.strings(node, "allowed_methods"),
                JsonFields.strings(node, "allowed_prefixes"),
                JsonFields.strings(node, "allowed_types"),
                node.deepCopy());
    }
}

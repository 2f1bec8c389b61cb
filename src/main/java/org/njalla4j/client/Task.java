package org.njalla4j.client;

import static org.njalla4j.client.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A long-running task, such as a domain registration, as {@code check-task} reports it.
 * Njalla documents {@code status} only as "object", so it is kept as text (a JSON
 * object or list as its JSON text); {@link #raw()} has the full result.
 */
public record Task(String id, String status, JsonNode raw) {

    /**
     * Statuses that mean the task is still running; any other status is final. NOTE: the
     * set is an estimate. Public clients poll until {@code active}, and the real list of
     * intermediate statuses is undocumented.
     */
    public static final Set<String> PENDING_STATUSES =
            Set.of("pending", "processing", "queued", "running", "started", "waiting");

    public Task {
        Objects.requireNonNull(id, "id");
    }

    /** Whether the task has not finished: no status yet, or one of {@link #PENDING_STATUSES}. */
    public boolean isPending() {
        return status == null || PENDING_STATUSES.contains(status.strip().toLowerCase(Locale.ROOT));
    }

    static Task parse(JsonNode node, String requestedId) {
        JsonFields.object("check-task", node);
        String id = text(node, "id");
        return new Task(id == null ? requestedId : id, text(node, "status"), node.deepCopy());
    }
}

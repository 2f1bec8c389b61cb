package org.njalla4j.client;

/** Thrown when a task is still pending after the time {@code awaitTask} was allowed. */
public class TaskTimeoutException extends NjallaException {

    private final transient Task lastSeen;

    public TaskTimeoutException(String message, Task lastSeen) {
        super(message);
        this.lastSeen = lastSeen;
    }

    /** The task as the last {@code check-task} returned it. */
    public Task lastSeen() {
        return lastSeen;
    }
}

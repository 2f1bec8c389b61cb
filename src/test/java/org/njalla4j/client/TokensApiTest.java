package org.njalla4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokensApiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration INTERVAL = Duration.ofMillis(10);

    private MockNjalla mock;

    @BeforeEach
    void start() throws Exception {
        mock = new MockNjalla();
    }

    @AfterEach
    void stop() throws Exception {
        mock.close();
    }

    @Test
    void awaitTask_pollsUntilStatusIsFinal() throws Exception {
        mock.enqueueResult("{\"id\": \"task-7\", \"status\": \"pending\"}");
        mock.enqueueResult("{\"id\": \"task-7\", \"status\": \"processing\"}");
        mock.enqueueResult("{\"id\": \"task-7\", \"status\": \"active\"}");

        Task task = mock.client().tokens().awaitTask("task-7", TIMEOUT, INTERVAL);

        assertEquals("active", task.status());
        assertEquals(3, mock.server.getRequestCount());
    }

    @Test
    void awaitTask_stillPending_throwsWithLastTask() {
        for (int i = 0; i < 50; i++) {
            mock.enqueueResult("{\"id\": \"task-7\", \"status\": \"pending\"}");
        }

        TaskTimeoutException e = assertThrows(TaskTimeoutException.class,
                () -> mock.client().tokens().awaitTask("task-7", Duration.ofMillis(50),
                        Duration.ofMillis(5)));

        assertEquals("pending", e.lastSeen().status());
        assertTrue(e.getMessage().startsWith("task task-7 still pending after"), e.getMessage());
    }

    @Test
    void awaitTask_failedStatus_isReturnedNotRetried() throws Exception {
        mock.enqueueResult("{\"id\": \"task-7\", \"status\": \"failed\"}");

        Task task = mock.client().tokens().awaitTask("task-7", TIMEOUT, INTERVAL);

        assertEquals("failed", task.status());
        assertFalse(task.isPending());
    }

    @Test
    void awaitTask_zeroInterval_rejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> mock.client().tokens().awaitTask("t", TIMEOUT, Duration.ZERO));

        assertEquals("invalid interval PT0S; use a positive duration", e.getMessage());
    }

    @Test
    void checkTask_objectStatusAndNoId_tolerated() throws Exception {
        mock.enqueueResult("{\"status\": {\"state\": \"done\"}}");

        Task task = mock.client().tokens().checkTask("task-9");

        assertEquals("task-9", task.id());
        assertEquals("{\"state\":\"done\"}", task.status());
    }

    @Test
    void add_emptyResult_givesNullKey() throws Exception {
        mock.enqueueResult("{}");

        ApiToken token = mock.client().tokens().add(AddTokenRequest.builder().acme(true).build());

        assertNull(token.key());
        assertTrue(token.allowedMethods().isEmpty());
    }

    @Test
    void list_bareArray_accepted() throws Exception {
        mock.enqueueResult("[{\"key\": \"k1\", \"comment\": \"a\"}]");

        assertEquals("a", mock.client().tokens().list().get(0).comment());
    }

    @Test
    void editRequest_toString_hidesKey() {
        EditTokenRequest request = EditTokenRequest.builder(TypedMethodsTest.KEY)
                .comment("c").build();

        assertFalse(request.toString().contains(TypedMethodsTest.KEY), request.toString());
    }
}

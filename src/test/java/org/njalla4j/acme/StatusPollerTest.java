package org.njalla4j.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shredzone.acme4j.AcmeJsonResource;
import org.shredzone.acme4j.Login;
import org.shredzone.acme4j.Session;
import org.shredzone.acme4j.Status;

/** Polls a local resource whose fetch sends nothing, so no CA is needed. */
class StatusPollerTest {

    /** A resource whose fetch contacts no server and changes nothing. */
    private static final class StuckResource extends AcmeJsonResource {

        private int fetches;

        StuckResource(Login login, URL location) {
            super(login, location);
        }

        @Override
        public Optional<Instant> fetch() {
            fetches++;
            return Optional.empty();
        }
    }

    private static StuckResource stuckResource() throws Exception {
        URL location = URI.create("https://127.0.0.1:1/order/1").toURL();
        Session session = new Session(URI.create("https://127.0.0.1:1/dir"));
        Login login = new Login(URI.create("https://127.0.0.1:1/acct/1").toURL(),
                KeyType.EC_P256.generate(), session);
        return new StuckResource(login, location);
    }

    @Test
    void await_returnsFinalStatus() throws Exception {
        StuckResource resource = stuckResource();

        Status status = StatusPoller.await(resource, () -> Status.VALID,
                Set.of(Status.PENDING), Duration.ofSeconds(30), "order");

        assertEquals(Status.VALID, status);
        assertEquals(1, resource.fetches);
    }

    @Test
    void await_timeoutIsNetworkFailure() throws Exception {
        StuckResource resource = stuckResource();

        IssueException e = assertThrows(IssueException.class, () -> StatusPoller.await(
                resource, () -> Status.PENDING, Set.of(Status.PENDING), Duration.ofMillis(200),
                "order for [example.com]"));

        assertEquals(IssueException.Reason.NETWORK, e.reason());
        assertTrue(e.getMessage().contains("order for [example.com] is still pending"),
                e.getMessage());
        assertTrue(e.getMessage().contains("--acme-timeout"), e.getMessage());
    }
}

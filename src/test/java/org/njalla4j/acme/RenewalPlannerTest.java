package org.njalla4j.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.njalla4j.testing.TestCertificates;
import org.shredzone.acme4j.Login;
import org.shredzone.acme4j.RenewalInfo;
import org.shredzone.acme4j.Session;

class RenewalPlannerTest {

    private static final Instant NOT_BEFORE = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant NOT_AFTER = Instant.parse("2026-03-31T00:00:00Z");
    private static final X509Certificate CERT = TestCertificates.generate().issue(
            TestCertificates.newKeyPair(), List.of("example.com"), NOT_BEFORE, NOT_AFTER);

    /** Two thirds of the 89-day lifetime after NOT_BEFORE. */
    private static final Instant THIRD_LEFT = NOT_AFTER.minus(Duration.ofDays(89).dividedBy(3));

    private static RenewalPlanner plannerAt(Instant now) {
        return new RenewalPlanner(Clock.fixed(now, ZoneOffset.UTC), new Random(42));
    }

    @Test
    void decide_withoutWindowWaitsUntilAThirdRemains() {
        RenewalDecision decision = plannerAt(THIRD_LEFT.minusSeconds(1))
                .decide(CERT, Optional.empty());

        assertFalse(decision.renewNow(), decision.reason());
        assertEquals(THIRD_LEFT, decision.renewAt());
    }

    @Test
    void byLifetime_reasonInWholeSecondsAndPlainWords() {
        Instant notBefore = Instant.parse("2026-01-01T00:00:00Z");
        Instant notAfter = notBefore.plus(Duration.ofDays(90)).plusSeconds(1);

        RenewalDecision decision = plannerAt(Instant.parse("2026-02-28T00:00:00Z"))
                .byLifetime(notBefore, notAfter);

        assertFalse(decision.renewNow(), decision.reason());
        assertEquals(Instant.parse("2026-03-02T00:00:00Z"), decision.renewAt());
        assertTrue(decision.reason().startsWith(
                "not due until 2026-03-02T00:00:00Z (in 2 days)"), decision.reason());
        assertFalse(decision.reason().matches(".*:\\d\\d\\.\\d.*"), decision.reason());
    }

    @Test
    void decide_withoutWindowRenewsOnceAThirdRemains() {
        RenewalDecision decision = plannerAt(THIRD_LEFT).decide(CERT, Optional.empty());

        assertTrue(decision.renewNow(), decision.reason());
        assertTrue(decision.reason().contains("third"), decision.reason());
    }

    @Test
    void decide_windowTakesPrecedenceOverLifetime() {
        RenewalWindow window = new RenewalWindow(Instant.parse("2026-01-10T00:00:00Z"),
                Instant.parse("2026-01-12T00:00:00Z"));

        RenewalDecision decision = plannerAt(Instant.parse("2026-01-20T00:00:00Z"))
                .decide(CERT, Optional.of(window));

        assertTrue(decision.renewNow(), decision.reason());
        assertTrue(decision.reason().contains("window ended"), decision.reason());
    }

    @Test
    void decide_beforeWindowIsNotDue() {
        RenewalWindow window = new RenewalWindow(Instant.parse("2026-03-01T00:00:00Z"),
                Instant.parse("2026-03-03T00:00:00Z"));

        RenewalDecision decision = plannerAt(Instant.parse("2026-02-28T00:00:00Z"))
                .decide(CERT, Optional.of(window));

        assertFalse(decision.renewNow(), decision.reason());
        assertFalse(decision.renewAt().isBefore(window.start()));
        assertTrue(decision.renewAt().isBefore(window.end()));
    }

    @Test
    void decide_sameSeedPicksSameTime() {
        RenewalWindow window = new RenewalWindow(Instant.parse("2026-03-01T00:00:00Z"),
                Instant.parse("2026-03-03T00:00:00Z"));
        Instant now = Instant.parse("2026-03-02T00:00:00Z");

        RenewalDecision first = plannerAt(now).decide(window);
        RenewalDecision second = plannerAt(now).decide(window);

        assertEquals(first.renewAt(), second.renewAt());
        assertEquals(!now.isBefore(first.renewAt()), first.renewNow());
    }

    @Test
    void decide_midpointDueAboutHalf() {
        RenewalWindow window = new RenewalWindow(Instant.parse("2026-03-01T00:00:00Z"),
                Instant.parse("2026-03-03T00:00:00Z"));
        Random random = new Random(7);
        RenewalPlanner planner = new RenewalPlanner(
                Clock.fixed(Instant.parse("2026-03-02T00:00:00Z"), ZoneOffset.UTC), random);

        int due = 0;
        for (int i = 0; i < 1000; i++) {
            due += planner.decide(window).renewNow() ? 1 : 0;
        }

        assertTrue(due > 400, "due " + due + " of 1000");
        assertTrue(due < 600, "due " + due + " of 1000");
    }

    @Test
    void renewalWindow_copiesAcmeRenewalInfo() throws Exception {
        Instant start = Instant.parse("2026-03-01T00:00:00Z");
        Instant end = Instant.parse("2026-03-03T00:00:00Z");
        RenewalInfo info = new FakeRenewalInfo(start, end);

        RenewalWindow window = RenewalWindow.of(info);

        assertEquals(start, window.start());
        assertEquals(end, window.end());
        assertTrue(plannerAt(end).decide(CERT, Optional.of(window)).renewNow());
    }

    /** Renewal information with a fixed window, never fetched from a server. */
    private static final class FakeRenewalInfo extends RenewalInfo {
        private final Instant start;
        private final Instant end;

        FakeRenewalInfo(Instant start, Instant end) throws Exception {
            super(new Login(url("https://127.0.0.1:1/acct/1"), TestCertificates.newKeyPair(),
                    new Session(URI.create("https://127.0.0.1:1/dir"))),
                    url("https://127.0.0.1:1/renewal-info/x"));
            this.start = start;
            this.end = end;
        }

        private static URL url(String value) throws Exception {
            return URI.create(value).toURL();
        }

        @Override
        public Instant getSuggestedWindowStart() {
            return start;
        }

        @Override
        public Instant getSuggestedWindowEnd() {
            return end;
        }
    }
}

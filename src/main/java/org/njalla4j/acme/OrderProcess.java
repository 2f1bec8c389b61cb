package org.njalla4j.acme;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.njalla4j.dns01.ChallengePublisher;
import org.njalla4j.dns01.ChallengeRecord;
import org.njalla4j.dns01.Dns01Exception;
import org.shredzone.acme4j.Authorization;
import org.shredzone.acme4j.Certificate;
import org.shredzone.acme4j.Login;
import org.shredzone.acme4j.Order;
import org.shredzone.acme4j.OrderBuilder;
import org.shredzone.acme4j.Problem;
import org.shredzone.acme4j.Status;
import org.shredzone.acme4j.challenge.Dns01Challenge;
import org.shredzone.acme4j.connector.Resource;
import org.shredzone.acme4j.exception.AcmeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ACME order solved by DNS-01 (RFC 8555 sections 7.4 and 8.4). It creates the order,
 * publishes one TXT record per pending authorization and waits until every authoritative
 * server returns them. Then it triggers all challenges at once, waits for the order to
 * become ready, finalizes with a CSR and waits for the certificate. Authorizations that are
 * already valid are skipped.
 * Removing the records is the caller's job, so it also happens when this fails.
 */
final class OrderProcess {

    private static final Logger LOG = LoggerFactory.getLogger(OrderProcess.class);

    private final Login login;
    private final ChallengePublisher publisher;
    private final Duration timeout;

    OrderProcess(Login login, ChallengePublisher publisher, Duration timeout) {
        this.login = login;
        this.publisher = publisher;
        this.timeout = timeout;
    }

    /** A challenge of this run and the TXT record placed for it. */
    private record Pending(Authorization authorization, Dns01Challenge challenge,
            ChallengeRecord record) {
    }

    Certificate run(List<String> domains, KeyPair domainKey, Optional<X509Certificate> replaces)
            throws AcmeException, Dns01Exception, IssueException, InterruptedException {
        Order order = createOrder(domains, replaces);
        List<Pending> pending = publishAll(order);
        if (!pending.isEmpty()) {
            publisher.awaitPropagation(pending.stream().map(Pending::record).toList());
            for (Pending p : pending) {
                p.challenge().trigger();
            }
        }
        Status status = StatusPoller.await(order, order::getStatus, Set.of(Status.PENDING),
                timeout, "order for " + domains);
        if (status == Status.INVALID) {
            throw validationFailure(order, pending);
        }
        return finalizeOrder(order, domainKey);
    }

    private Order createOrder(List<String> domains, Optional<X509Certificate> replaces)
            throws AcmeException {
        OrderBuilder builder = login.newOrder().domains(domains);
        if (replaces.isPresent() && supportsRenewalInfo()) {
            builder.replaces(replaces.get());
        }
        Order order = builder.create();
        LOG.debug("created order {} for {}", order.getLocation(), domains);
        return order;
    }

    private boolean supportsRenewalInfo() throws AcmeException {
        return login.getSession().resourceUrlOptional(Resource.RENEWAL_INFO).isPresent();
    }

    private List<Pending> publishAll(Order order)
            throws AcmeException, Dns01Exception, IssueException {
        List<Pending> pending = new ArrayList<>();
        for (Authorization auth : order.getAuthorizations()) {
            if (auth.getStatus() == Status.VALID) {
                LOG.debug("authorization for {} is already valid", auth.getIdentifier());
                continue;
            }
            String identifier = identifier(auth);
            Dns01Challenge challenge = auth.findChallenge(Dns01Challenge.class)
                    .orElseThrow(() -> new IssueException(IssueException.Reason.ACME,
                            "the CA offers no dns-01 challenge for " + identifier));
            ChallengeRecord record = publisher.publish(identifier, challenge.getDigest());
            pending.add(new Pending(auth, challenge, record));
        }
        return pending;
    }

    private static String identifier(Authorization auth) {
        String domain = auth.getIdentifier().getDomain();
        return auth.isWildcard() ? "*." + domain : domain;
    }

    private Certificate finalizeOrder(Order order, KeyPair domainKey)
            throws AcmeException, InterruptedException, IssueException {
        if (order.getStatus() == Status.READY) {
            order.execute(domainKey);
        }
        Status status = StatusPoller.await(order, order::getStatus,
                Set.of(Status.READY, Status.PROCESSING), timeout, "finalization");
        if (status != Status.VALID) {
            String detail = order.getError().map(OrderProcess::describe).orElse("no reason given");
            throw new IssueException(IssueException.Reason.ACME,
                    "the CA did not issue the certificate (order " + status.name().toLowerCase()
                            + "): " + detail);
        }
        return order.getCertificate();
    }

    private IssueException validationFailure(Order order, List<Pending> pending)
            throws AcmeException {
        for (Pending p : pending) {
            p.challenge().fetch();
            if (p.challenge().getStatus() == Status.INVALID) {
                String detail = p.challenge().getError().map(OrderProcess::describe)
                        .orElse("no reason given");
                return new IssueException(IssueException.Reason.VALIDATION,
                        "the CA could not validate TXT " + p.record().fqdn() + " for "
                                + p.record().identifier() + ": " + detail);
            }
        }
        String detail = order.getError().map(OrderProcess::describe).orElse("no reason given");
        return new IssueException(IssueException.Reason.VALIDATION,
                "the CA marked the order invalid: " + detail);
    }

    static String describe(Problem problem) {
        String text = problem.getDetail().or(problem::getTitle).orElse(problem.getType().toString());
        return text.replaceAll("\\s+", " ").strip();
    }
}

package org.njalla4j.cli;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.njalla4j.acme.DomainNames;
import org.njalla4j.acme.IssueRequest;
import org.njalla4j.acme.KeyType;
import org.njalla4j.acme.NjallaAccess;
import org.njalla4j.dns01.Dns01Settings;
import picocli.CommandLine.Option;

/** Options of {@code cert issue} and {@code cert renew} that shape the order and DNS-01. */
final class CertOrderOptions {

    /** Maximum value of the propagation wait, poll interval and ACME timeout. */
    static final Duration MAX_DURATION = Duration.ofHours(24);

    @Option(names = {"-d", "--domain"}, paramLabel = "NAME",
            description = "Name to certify, such as example.com or *.example.com; repeatable.")
    List<String> domains = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Directory for cert.pem, chain.pem, fullchain.pem and privkey.pem."
                    + " They link to DIR/.versions, which keeps the current and the previous"
                    + " certificate and key; older versions are deleted.")
    Path out;

    @Option(names = "--key-type", paramLabel = "TYPE", defaultValue = "ec-p256",
            description = "Certificate key: ec-p256, ec-p384, rsa-2048, rsa-3072 or rsa-4096"
                    + " (default: ${DEFAULT-VALUE}).")
    String keyType;

    @Option(names = "--preferred-chain", paramLabel = "ISSUER",
            description = "Common name of the root or intermediate of the alternate chain to"
                    + " prefer; the default chain is kept when none matches.")
    String preferredChain;

    @Option(names = "--propagation-timeout", paramLabel = "DURATION", defaultValue = "300s",
            converter = DurationConverter.class,
            description = "Time allowed for every nameserver to return the TXT records,"
                    + " such as 300s, 5m or PT5M; at most 24h (default: ${DEFAULT-VALUE}).")
    Duration propagationTimeout;

    @Option(names = "--propagation-interval", paramLabel = "DURATION", defaultValue = "2s",
            converter = DurationConverter.class,
            description = "Pause between two rounds of nameserver checks; at most 24h"
                    + " (default: ${DEFAULT-VALUE}).")
    Duration propagationInterval;

    @Option(names = "--acme-timeout", paramLabel = "DURATION", defaultValue = "120s",
            converter = DurationConverter.class,
            description = "Time allowed for the CA's validation and for issuance, each;"
                    + " at most 24h (default: ${DEFAULT-VALUE}).")
    Duration acmeTimeout;

    @Option(names = "--nameserver", paramLabel = "HOST:PORT",
            description = "Send every DNS query to this server instead of the zone's"
                    + " authoritative servers; repeatable; the port defaults to 53.")
    List<String> nameservers = new ArrayList<>();

    @Option(names = "--ttl", paramLabel = "SECONDS", defaultValue = "60",
            description = "TTL of the challenge TXT records: 60, 300, 900, 3600, 10800, 21600"
                    + " or 86400 (default: ${DEFAULT-VALUE}).")
    int ttl;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "Njalla domain holding the records, when discovery is not wanted;"
                    + " repeatable.")
    List<String> zones = new ArrayList<>();

    @Option(names = "--allowed-domain", paramLabel = "DOMAIN",
            description = "Restrict the ACME token created on first use to this domain;"
                    + " repeatable.")
    List<String> allowedDomains = new ArrayList<>();

    @Option(names = "--from", paramLabel = "ADDRESS",
            description = "Restrict the ACME token created on first use to this IP address or"
                    + " CIDR network; repeatable.")
    List<String> from = new ArrayList<>();

    /**
     * Checks the names, key type and DNS-01 values without sending anything.
     *
     * @throws IllegalArgumentException naming the invalid value and the fix
     */
    void validate(List<String> names) {
        DomainNames.normalize(names);
        KeyType.parse(keyType);
        checkDuration("--propagation-timeout", propagationTimeout);
        checkDuration("--propagation-interval", propagationInterval);
        checkDuration("--acme-timeout", acmeTimeout);
        dns01();
    }

    /**
     * Rejects a duration longer than {@link #MAX_DURATION}. A longer wait is most likely a
     * typing error, and values near the limits of {@code Duration} overflow when converted
     * to milliseconds.
     */
    static void checkDuration(String option, Duration value) {
        if (value.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException("invalid " + option + " " + value.getSeconds()
                    + "s: it is longer than 24h; give at most 24h, such as 300s or 5m");
        }
    }

    /** Builds the DNS-01 settings, rejecting invalid values before anything is sent. */
    Dns01Settings dns01() {
        List<InetSocketAddress> servers = new ArrayList<>();
        for (String server : nameservers) {
            servers.add(parseNameserver(server));
        }
        return Dns01Settings.defaults().withTtl(ttl)
                .withPropagationTimeout(propagationTimeout)
                .withPropagationInterval(propagationInterval)
                .withNameservers(servers)
                .withZones(zones);
    }

    /** Fills the order part of a request builder. */
    IssueRequest.Builder apply(IssueRequest.Builder builder, List<String> names,
            NjallaAccess access) {
        return builder.domains(names)
                .keyType(KeyType.parse(keyType))
                .preferredChain(preferredChain)
                .dns01(dns01())
                .acmeTimeout(acmeTimeout)
                .njalla(access);
    }

    static InetSocketAddress parseNameserver(String value) {
        String host = value.strip();
        int port = 53;
        int colon = host.lastIndexOf(':');
        boolean bracketed = host.startsWith("[");
        if (colon > 0 && (bracketed ? host.indexOf(']') < colon : host.indexOf(':') == colon)) {
            port = parsePort(value, host.substring(colon + 1));
            host = host.substring(0, colon);
        }
        host = host.replaceAll("^\\[|\\]$", "");
        if (host.isEmpty()) {
            throw invalidNameserver(value);
        }
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new IllegalArgumentException("--nameserver '" + value + "': host '" + host
                    + "' does not resolve; give an IP address such as 127.0.0.1:5353");
        }
        return address;
    }

    private static int parsePort(String value, String port) {
        try {
            int parsed = Integer.parseInt(port);
            if (parsed >= 1 && parsed <= 65535) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // Reported below with the whole value.
        }
        throw invalidNameserver(value);
    }

    private static IllegalArgumentException invalidNameserver(String value) {
        return new IllegalArgumentException("invalid --nameserver '" + value
                + "': use HOST:PORT such as 127.0.0.1:5353 or [::1]:53");
    }
}

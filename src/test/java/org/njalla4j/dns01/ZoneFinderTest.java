package org.njalla4j.dns01;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.njalla4j.client.NjallaClient;
import org.njalla4j.dns.DnsLookup;

class ZoneFinderTest {

    @TempDir
    Path dir;

    private EmulatedAccount account;

    @BeforeEach
    void startEmulator() throws Exception {
        account = EmulatedAccount.start(dir, "example.com", "sub.example.com", "example.co.uk",
                "example.net");
    }

    @AfterEach
    void stopEmulator() {
        account.close();
    }

    private ZoneFinder finder(NjallaClient client, DnsLookup dns) {
        return new ZoneFinder(client, dns, List.of());
    }

    private DnsLookup emulatorDns() {
        return new DnsLookup(List.of(account.emulator.dnsAddress()), Duration.ofSeconds(5));
    }

    /** Returns a lookup whose only server does not listen, so only probing finds zones. */
    private static DnsLookup deadDns() throws Exception {
        int port;
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        return new DnsLookup(List.of(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                port)), Duration.ofMillis(500));
    }

    @ParameterizedTest
    @CsvSource({
        "_acme-challenge.example.com, example.com, _acme-challenge",
        "_acme-challenge.www.example.com, example.com, _acme-challenge.www",
        "_acme-challenge.a.b.example.com, example.com, _acme-challenge.a.b",
        "_acme-challenge.app.example.co.uk, example.co.uk, _acme-challenge.app",
        "_acme-challenge.www.sub.example.com, sub.example.com, _acme-challenge.www",
        "_acme-challenge.sub.example.com, sub.example.com, _acme-challenge",
    })
    void locate_findsZoneBySoa(String name, String zone, String relative) throws Exception {
        ZoneFinder.Placement placement = finder(account.fullClient, emulatorDns()).locate(name);
        assertEquals(name, placement.fqdn());
        assertEquals(zone, placement.zone());
        assertEquals(relative, placement.name());
    }

    @ParameterizedTest
    @CsvSource({
        "_acme-challenge.www.example.com, example.com",
        "_acme-challenge.a.b.example.com, example.com",
        "_acme-challenge.app.example.co.uk, example.co.uk",
        "_acme-challenge.www.sub.example.com, sub.example.com",
    })
    void findZone_probesWithAcmeTokenWithoutDns(String name, String zone) throws Exception {
        ZoneFinder finder = finder(account.acmeClient(), deadDns());
        assertEquals(zone, finder.findZone(name, name));
    }

    @Test
    void findZone_rejectsLookalikeDomain() throws Exception {
        ZoneFinder finder = finder(account.acmeClient(), deadDns());
        Dns01Exception e = assertThrows(Dns01Exception.class,
                () -> finder.findZone("_acme-challenge.badexample.com",
                        "_acme-challenge.badexample.com"));
        assertEquals("no Njalla zone found for _acme-challenge.badexample.com: list-records"
                + " was denied for badexample.com; add the domain to the token's allowed"
                + " domains or set the zone with --zone", e.getMessage());
    }

    @Test
    void findZone_lookalikeViaDnsAlsoRejected() throws Exception {
        ZoneFinder finder = finder(account.fullClient, emulatorDns());
        Dns01Exception e = assertThrows(Dns01Exception.class,
                () -> finder.locate("_acme-challenge.www.badexample.com"));
        assertTrue(e.getMessage().contains("www.badexample.com, badexample.com"),
                e.getMessage());
    }

    @Test
    void findZone_neverProbesBareTld() throws Exception {
        ZoneFinder finder = finder(account.acmeClient(), deadDns());
        Dns01Exception e = assertThrows(Dns01Exception.class,
                () -> finder.findZone("_acme-challenge.foo.example.org",
                        "_acme-challenge.foo.example.org"));
        assertTrue(e.getMessage().endsWith("denied for foo.example.org, example.org; add the"
                + " domain to the token's allowed domains or set the zone with --zone"),
                e.getMessage());
    }

    @Test
    void findZone_prefersConfiguredZone() throws Exception {
        ZoneFinder finder = new ZoneFinder(account.fullClient, deadDns(),
                List.of("example.com", "www.example.com"));
        String name = "_acme-challenge.www.example.com";
        assertEquals("www.example.com", finder.findZone(name, name));
    }

    @Test
    void findZone_outsideConfigured_warns() throws Exception {
        ZoneFinder finder = new ZoneFinder(account.fullClient, emulatorDns(),
                List.of("example.net"));
        String name = "_acme-challenge.www.example.com";
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        String zone;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            zone = finder.findZone(name, name);
        } finally {
            System.setErr(stderr);
        }

        String text = log.toString(StandardCharsets.UTF_8);
        assertEquals("example.com", zone);
        assertTrue(text.contains("WARN"), text);
        assertTrue(text.contains(name + " is in none of the configured zones example.net"),
                text);
    }

    @Test
    void locate_followsCnameToOtherZone() throws Exception {
        account.addRecord("example.com", "CNAME", "_acme-challenge.alias",
                "alias-target.example.net.");
        ZoneFinder.Placement placement = finder(account.fullClient, emulatorDns())
                .locate("_acme-challenge.alias.example.com");
        assertEquals("alias-target.example.net", placement.fqdn());
        assertEquals("example.net", placement.zone());
        assertEquals("alias-target", placement.name());
    }

    @Test
    void locate_cnameTargetNotWritableNamesTarget() throws Exception {
        account.addRecord("example.com", "CNAME", "_acme-challenge.elsewhere",
                "x.acme.example.org.");
        Dns01Exception e = assertThrows(Dns01Exception.class,
                () -> finder(account.fullClient, emulatorDns())
                        .locate("_acme-challenge.elsewhere.example.com"));
        assertEquals("no Njalla zone found for x.acme.example.org (the CNAME target of"
                + " _acme-challenge.elsewhere.example.com): list-records was denied for"
                + " x.acme.example.org, acme.example.org, example.org; the token must be allowed"
                + " to write to the CNAME target's zone, or remove the CNAME", e.getMessage());
    }

    @Test
    void locate_cnameLoopFails() throws Exception {
        account.addRecord("example.com", "CNAME", "loop-a", "loop-b.example.com.");
        account.addRecord("example.com", "CNAME", "loop-b", "loop-a.example.com.");
        account.addRecord("example.com", "CNAME", "_acme-challenge.looped", "loop-a.example.com.");
        Dns01Exception e = assertThrows(Dns01Exception.class,
                () -> finder(account.fullClient, emulatorDns())
                        .locate("_acme-challenge.looped.example.com"));
        assertTrue(e.getMessage().startsWith("CNAME loop at _acme-challenge.looped.example.com:"
                + " _acme-challenge.looped.example.com -> loop-a.example.com ->"
                + " loop-b.example.com -> loop-a.example.com;"), e.getMessage());
    }
}

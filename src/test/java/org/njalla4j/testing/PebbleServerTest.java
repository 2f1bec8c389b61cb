package org.njalla4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PebbleServerTest {

    /** Nothing listens here; Pebble needs DNS only for validation, which these tests skip. */
    private static final InetSocketAddress NO_DNS = new InetSocketAddress("127.0.0.1", 9);

    @Test
    void start_servesDirectoryOverTrustedTls() throws Exception {
        try (PebbleServer pebble = PebbleServer.start(NO_DNS, Map.of())) {
            HttpClient client = HttpClient.newBuilder().sslContext(
                    TestCertificates.sslContextTrusting(
                            TestCertificates.readCertificate(pebble.caCertFile()))).build();
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(pebble.directoryUrl()).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(200, response.statusCode(), pebble.log());
            JsonNode directory = new ObjectMapper().readTree(response.body());
            assertTrue(directory.has("newOrder"), response.body());
            assertTrue(directory.has("newAccount"), response.body());
        }
    }

    @Test
    void rootCertificate_isSelfSignedIssuer() throws Exception {
        try (PebbleServer pebble = PebbleServer.start(NO_DNS, Map.of())) {
            X509Certificate root = pebble.rootCertificate(0);
            X509Certificate tlsCa = TestCertificates.readCertificate(pebble.caCertFile());

            assertEquals(root.getSubjectX500Principal(), root.getIssuerX500Principal());
            assertNotEquals(tlsCa.getSubjectX500Principal(), root.getSubjectX500Principal());
        }
    }

    @Test
    void close_stopsProcessAndDeletesDirectory() throws Exception {
        PebbleServer pebble = PebbleServer.start(NO_DNS, Map.of());
        Path dir = pebble.caCertFile().getParent();

        pebble.close();

        assertFalse(pebble.isAlive());
        assertFalse(Files.exists(dir));
    }

    @Test
    void start_eabRequiredAdvertisedInDirectory() throws Exception {
        try (PebbleServer pebble = PebbleServer.builder(NO_DNS)
                .externalAccountBinding(Map.of("kid-1", "zWNDZM6eQGHWpSRTPal5eIUYFTu7EajV"))
                .start()) {
            HttpClient client = HttpClient.newBuilder().sslContext(pebble.sslContext()).build();
            String body = client.send(HttpRequest.newBuilder(pebble.directoryUrl()).build(),
                    HttpResponse.BodyHandlers.ofString()).body();

            JsonNode meta = new ObjectMapper().readTree(body).path("meta");
            assertTrue(meta.path("externalAccountRequired").asBoolean(), body);
        }
    }

    @Test
    void builder_rejectsNonLoopbackDns() {
        assertThrows(IllegalArgumentException.class,
                () -> PebbleServer.builder(new InetSocketAddress("192.0.2.1", 53)));
    }

    @Test
    void start_missingBinaryFailsClearly() {
        IOException e = assertThrows(IOException.class,
                () -> PebbleServer.builder(NO_DNS).binary("/nonexistent/pebble").start());
        assertTrue(e.getMessage().contains("/nonexistent/pebble"), e.getMessage());
    }
}

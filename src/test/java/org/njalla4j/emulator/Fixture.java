package org.njalla4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.njalla4j.client.NjallaClient;
import org.njalla4j.client.NjallaException;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;

/** Helpers shared by the emulator tests: clients, parameter maps and DNS queries. */
final class Fixture {

    private Fixture() {
    }

    static NjallaClient client(Emulator emulator, String token) {
        return NjallaClient.builder().apiUrl(emulator.apiUrl()).token(token)
                .readTimeout(Duration.ofSeconds(30)).build();
    }

    static NjallaClient client(Emulator emulator) {
        return client(emulator, emulator.fullAccessToken());
    }

    /** A parameter map from alternating names and values. */
    static Map<String, Object> params(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static JsonNode call(NjallaClient client, String method, Object... pairs)
            throws NjallaException {
        return client.call(method, params(pairs));
    }

    /** Posts a raw JSON body with the full-access token and returns the parsed reply. */
    static JsonNode post(Emulator emulator, String body) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(emulator.apiUrl())
                .header("Authorization", "Njalla " + emulator.fullAccessToken())
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return new ObjectMapper().readTree(HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    static Message query(Emulator emulator, String name, int type, boolean tcp)
            throws IOException {
        SimpleResolver resolver = new SimpleResolver(emulator.dnsAddress());
        resolver.setTCP(tcp);
        resolver.setTimeout(Duration.ofSeconds(10));
        return resolver.send(Message.newQuery(Record.newRecord(Name.fromString(name), type, 1)));
    }
}

package org.njalla4j.emulator;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The update endpoint of Dynamic records, {@code GET /update/?h=HOST&k=KEY&a=IP} or
 * {@code &auto} for the caller's address, as Njalla's DDNS URL works. It sets the
 * record's current address, which the nameservers serve after the propagation delay.
 * Replies are {@code {"status":200,"message":"record updated","value":{"A":"IP"}}} or
 * {@code {"status":500,"message":"invalid data"}}, both with HTTP 200.
 */
final class DynamicUpdateHandler implements HttpHandler {

    private final EmulatorState state;

    DynamicUpdateHandler(EmulatorState state) {
        this.state = state;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            String address = query.containsKey("auto")
                    ? exchange.getRemoteAddress().getAddress().getHostAddress()
                    : query.getOrDefault("a", "");
            ObjectNode reply;
            synchronized (state) {
                reply = update(query.getOrDefault("h", ""), query.getOrDefault("k", ""),
                        address);
            }
            send(exchange, reply);
        } finally {
            exchange.close();
        }
    }

    private ObjectNode update(String host, String key, String address) {
        Optional<Match> match = find(host.toLowerCase(Locale.ROOT), key);
        if (match.isEmpty() || !DnsRecords.isAddress(address)) {
            ObjectNode reply = JsonNodeFactory.instance.objectNode();
            reply.put("status", 500);
            reply.put("message", "invalid data");
            return reply;
        }
        RecordState record = match.get().record();
        record.currentIps = new ArrayList<>(List.of(address));
        DomainState domain = match.get().domain();
        domain.unpublish(record.id, state.now(), state.settings().propagationDelay());
        domain.publish(record, state.now(), state.settings().propagationDelay());
        state.save();
        ObjectNode reply = JsonNodeFactory.instance.objectNode();
        reply.put("status", 200);
        reply.put("message", "record updated");
        reply.putObject("value").put(address.contains(":") ? "AAAA" : "A", address);
        return reply;
    }

    private record Match(DomainState domain, RecordState record) {
    }

    private Optional<Match> find(String host, String key) {
        for (DomainState domain : state.account.domains.values()) {
            for (RecordState record : domain.records) {
                String fqdn = "@".equals(record.name) ? domain.name
                        : record.name + "." + domain.name;
                if ("Dynamic".equals(record.type) && key.equals(record.content)
                        && fqdn.equals(host)) {
                    return Optional.of(new Match(domain, record));
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> result = new HashMap<>();
        if (raw == null) {
            return result;
        }
        for (String pair : raw.split("&")) {
            String[] parts = pair.split("=", 2);
            String name = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            result.put(name, parts.length == 2
                    ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return result;
    }

    private static void send(HttpExchange exchange, ObjectNode reply) throws IOException {
        byte[] body = (reply + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}

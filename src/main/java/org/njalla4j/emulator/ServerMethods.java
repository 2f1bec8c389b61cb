package org.njalla4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server methods. A server is {@code running} or {@code stopped}: start only works
 * on a stopped server, stop and restart only on a running one, and reset reinstalls
 * and leaves it running. Purchases (add, renew, traffic) charge the wallet.
 */
final class ServerMethods {

    static final String RUNNING = "running";
    static final String STOPPED = "stopped";

    /** Server images for new servers and resets. */
    static final List<String> IMAGES = List.of("ubuntu2404", "ubuntu2204", "debian12",
            "fedora41", "archlinux", "alpine321");

    /** Price of one TB of extra traffic for one month, in euros. */
    private static final int TRAFFIC_PRICE = 1;
    private static final int MAX_MONTHS = 12;

    /**
     * A server size and its monthly price in euros. NOTE: sizes and prices are examples.
     */
    record ServerType(String name, int cpus, int memoryGb, int diskGb, int trafficTb,
            int price) {
    }

    static final List<ServerType> TYPES = List.of(
            new ServerType("njalla1", 1, 1, 15, 1, 15),
            new ServerType("njalla2", 2, 4, 60, 2, 30),
            new ServerType("njalla3", 4, 16, 200, 4, 60));

    private ServerMethods() {
    }

    static void register(Map<String, MethodHandler> table) {
        table.put("add-server", ServerMethods::add);
        table.put("get-server", c -> view(server(c)));
        table.put("list-servers", ServerMethods::list);
        table.put("edit-server", ServerMethods::edit);
        table.put("start-server", c -> transition(c, STOPPED, RUNNING));
        table.put("stop-server", c -> transition(c, RUNNING, STOPPED));
        table.put("restart-server", c -> transition(c, RUNNING, RUNNING));
        table.put("reset-server", ServerMethods::reset);
        table.put("renew-server", ServerMethods::renew);
        table.put("remove-server", ServerMethods::remove);
        table.put("list-server-images", ServerMethods::images);
        table.put("list-server-types", ServerMethods::types);
        table.put("add-traffic", ServerMethods::addTraffic);
        table.put("list-traffic", ServerMethods::listTraffic);
    }

    private static JsonNode add(Call call) {
        call.policy().checkNewServer();
        Params params = call.params();
        String name = params.string("name");
        ServerType type = type(params.string("type"));
        String os = image(params.string("os"));
        String sshKey = sshKey(params.string("ssh_key"));
        int months = months(params.integer("months"));
        WalletMethods.charge(call.state(), type.price() * months, "server " + name);
        String id = call.account().nextId();
        ObjectNode server = JsonNodeFactory.instance.objectNode();
        server.put("id", id);
        server.put("name", name);
        server.put("type", type.name());
        server.put("os", os);
        server.put("ssh_key", sshKey);
        server.put("status", RUNNING);
        server.put("autorenew", params.optBool("autorenew").orElse(false));
        server.put("expiry", EmulatorState.timestamp(plusMonths(call.state().now(), months)));
        int host = Integer.parseInt(id) % 250 + 1;
        server.putArray("ips").add("203.0.113." + host).add("2001:db8::" + host);
        server.putNull("reverse_name");
        server.putArray("traffic");
        call.account().servers.put(id, server);
        return view(server);
    }

    private static JsonNode list(Call call) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ArrayNode servers = result.putArray("servers");
        for (ObjectNode server : call.account().servers.values()) {
            if (call.policy().allowsServer(server.path("id").asText())) {
                servers.add(view(server));
            }
        }
        return result;
    }

    private static JsonNode edit(Call call) {
        ObjectNode server = server(call);
        Params params = call.params();
        Optional<ServerType> type = params.optString("type").map(ServerMethods::type);
        Optional<String> sshKey = params.optString("ssh_key").map(ServerMethods::sshKey);
        Optional<String> reverse = params.optString("reverse_name").map(r ->
                EmulatorState.normalizeDomain(r));
        Optional<String> name = params.optString("name").filter(n -> !n.isBlank());
        if (params.has("name") && name.isEmpty()) {
            throw ApiError.invalidArguments();
        }
        name.ifPresent(n -> server.put("name", n));
        type.ifPresent(t -> server.put("type", t.name()));
        sshKey.ifPresent(k -> server.put("ssh_key", k));
        reverse.ifPresent(r -> server.put("reverse_name", r));
        params.optBool("autorenew").ifPresent(a -> server.put("autorenew", a));
        return view(server);
    }

    private static JsonNode transition(Call call, String from, String to) {
        ObjectNode server = server(call);
        if (!from.equals(server.path("status").asText())) {
            throw ApiError.invalid("server " + server.path("id").asText() + " is "
                    + server.path("status").asText());
        }
        server.put("status", to);
        return view(server);
    }

    private static JsonNode reset(Call call) {
        ObjectNode server = server(call);
        Params params = call.params();
        Optional<String> os = params.optString("os").map(ServerMethods::image);
        Optional<String> sshKey = params.optString("ssh_key").map(ServerMethods::sshKey);
        Optional<ServerType> type = params.optString("type").map(ServerMethods::type);
        os.ifPresent(o -> server.put("os", o));
        sshKey.ifPresent(k -> server.put("ssh_key", k));
        type.ifPresent(t -> server.put("type", t.name()));
        server.put("status", RUNNING);
        return view(server);
    }

    private static JsonNode renew(Call call) {
        ObjectNode server = server(call);
        int months = months(call.params().integer("months"));
        ServerType type = type(server.path("type").asText());
        WalletMethods.charge(call.state(), type.price() * months,
                "renew server " + server.path("id").asText());
        Instant expiry = Instant.parse(server.path("expiry").asText());
        server.put("expiry", EmulatorState.timestamp(plusMonths(expiry, months)));
        return view(server);
    }

    /** Deletes the server at once and returns a task that reports the removal. */
    private static JsonNode remove(Call call) {
        ObjectNode server = server(call);
        call.account().servers.remove(server.path("id").asText());
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        details.put("server", server.path("id").asText());
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("task", Tasks.start(call.state(), "remove-server", details));
        return result;
    }

    private static JsonNode images(Call call) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        IMAGES.forEach(result.putArray("images")::add);
        return result;
    }

    private static JsonNode types(Call call) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ArrayNode types = result.putArray("types");
        for (ServerType type : TYPES) {
            ObjectNode entry = types.addObject();
            entry.put("name", type.name());
            entry.put("cpu", type.cpus());
            entry.put("ram", type.memoryGb());
            entry.put("disk", type.diskGb());
            entry.put("bandwidth", type.trafficTb());
            entry.put("price", type.price());
        }
        return result;
    }

    private static JsonNode addTraffic(Call call) {
        ObjectNode server = server(call);
        Params params = call.params();
        int amount = params.integer("amount");
        int months = months(params.integer("months"));
        if (amount < 1 || amount > 100) {
            throw ApiError.invalidArguments();
        }
        WalletMethods.charge(call.state(), amount * months * TRAFFIC_PRICE,
                "traffic for server " + server.path("id").asText());
        Instant starts = params.optBool("starts_today").orElse(false)
                ? call.state().now() : firstOfNextMonth(call.state().now());
        ObjectNode entry = ((ArrayNode) server.get("traffic")).addObject();
        entry.put("id", call.account().nextId());
        entry.put("amount", amount);
        entry.put("months", months);
        entry.put("starts", EmulatorState.timestamp(starts));
        entry.put("expires", EmulatorState.timestamp(plusMonths(starts, months)));
        return entry.deepCopy();
    }

    private static JsonNode listTraffic(Call call) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.set("traffic", server(call).get("traffic").deepCopy());
        return result;
    }

    /** Finds the server named by {@code id}; unknown or outside the token's list is 403. */
    private static ObjectNode server(Call call) {
        String id = call.params().string("id");
        call.policy().checkServer(id);
        ObjectNode server = call.account().servers.get(id);
        if (server == null) {
            throw ApiError.permissionDenied();
        }
        return server;
    }

    private static ObjectNode view(ObjectNode server) {
        ObjectNode view = server.deepCopy();
        view.remove("traffic");
        return view;
    }

    private static ServerType type(String name) {
        return TYPES.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(ApiError::invalidArguments);
    }

    private static String image(String os) {
        if (!IMAGES.contains(os)) {
            throw ApiError.invalidArguments();
        }
        return os;
    }

    private static String sshKey(String key) {
        if (!key.matches("(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp\\d+) [A-Za-z0-9+/=]+( .*)?")) {
            throw ApiError.invalidArguments();
        }
        return key;
    }

    private static int months(int months) {
        if (months < 1 || months > MAX_MONTHS) {
            throw ApiError.invalidArguments();
        }
        return months;
    }

    static Instant plusMonths(Instant instant, int months) {
        return instant.atOffset(ZoneOffset.UTC).plusMonths(months).toInstant();
    }

    private static Instant firstOfNextMonth(Instant now) {
        return now.atOffset(ZoneOffset.UTC).plusMonths(1).withDayOfMonth(1)
                .toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}

package org.njalla4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The VPN methods: add-vpn, edit-vpn, get-vpn, list-vpns, remove-vpn, renew-vpn. A VPN
 * costs a monthly price from the wallet; add-vpn buys the first month.
 */
final class VpnMethods {

    /** Monthly VPN price in euros. NOTE: an example price. */
    static final int PRICE = 5;
    static final List<String> BACKENDS = List.of("wireguard", "openvpn");

    private static final SecureRandom RANDOM = new SecureRandom();

    private VpnMethods() {
    }

    static void register(Map<String, MethodHandler> table) {
        table.put("add-vpn", VpnMethods::add);
        table.put("edit-vpn", VpnMethods::edit);
        table.put("get-vpn", c -> vpn(c).deepCopy());
        table.put("list-vpns", VpnMethods::list);
        table.put("remove-vpn", VpnMethods::remove);
        table.put("renew-vpn", VpnMethods::renew);
    }

    private static JsonNode add(Call call) {
        String name = call.params().string("name");
        WalletMethods.charge(call.state(), PRICE, "vpn " + name);
        String id = call.account().nextId();
        ObjectNode vpn = JsonNodeFactory.instance.objectNode();
        vpn.put("id", id);
        vpn.put("name", name);
        vpn.put("status", "active");
        vpn.put("autorenew", call.params().optBool("autorenew").orElse(false));
        vpn.put("backend", "wireguard");
        vpn.put("publickey", newPublicKey());
        vpn.put("address", "10.8." + (Integer.parseInt(id) / 250 % 250) + "."
                + (Integer.parseInt(id) % 250 + 2));
        vpn.put("expiry", EmulatorState.timestamp(
                ServerMethods.plusMonths(call.state().now(), 1)));
        call.account().vpns.put(id, vpn);
        return vpn.deepCopy();
    }

    /** Changes the given fields; {@code publickey: null} generates a new key pair. */
    private static JsonNode edit(Call call) {
        ObjectNode vpn = vpn(call);
        Params params = call.params();
        String backend = params.optString("backend").orElse(vpn.path("backend").asText());
        if (!BACKENDS.contains(backend)) {
            throw ApiError.invalidArguments();
        }
        String publicKey = vpn.path("publickey").asText();
        if (params.node().has("publickey")) {
            publicKey = params.optString("publickey").map(VpnMethods::checkKey)
                    .orElseGet(VpnMethods::newPublicKey);
        }
        if (params.has("name") && params.string("name").isBlank()) {
            throw ApiError.invalidArguments();
        }
        params.optString("name").ifPresent(n -> vpn.put("name", n));
        params.optBool("autorenew").ifPresent(a -> vpn.put("autorenew", a));
        vpn.put("backend", backend);
        vpn.put("publickey", publicKey);
        return vpn.deepCopy();
    }

    private static JsonNode list(Call call) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ArrayNode vpns = result.putArray("vpns");
        call.account().vpns.values().forEach(v -> vpns.add(v.deepCopy()));
        return result;
    }

    private static JsonNode remove(Call call) {
        ObjectNode vpn = vpn(call);
        call.account().vpns.remove(vpn.path("id").asText());
        return JsonNodeFactory.instance.objectNode();
    }

    private static JsonNode renew(Call call) {
        ObjectNode vpn = vpn(call);
        int months = call.params().integer("months");
        if (months < 1 || months > 12) {
            throw ApiError.invalidArguments();
        }
        WalletMethods.charge(call.state(), PRICE * months, "renew vpn " + vpn.path("id").asText());
        Instant expiry = Instant.parse(vpn.path("expiry").asText());
        vpn.put("expiry", EmulatorState.timestamp(ServerMethods.plusMonths(expiry, months)));
        return vpn.deepCopy();
    }

    /** Finds the VPN named by {@code id}; an unknown id is 403, as for foreign objects. */
    private static ObjectNode vpn(Call call) {
        ObjectNode vpn = call.account().vpns.get(call.params().string("id"));
        if (vpn == null) {
            throw ApiError.permissionDenied();
        }
        return vpn;
    }

    /** Checks a WireGuard public key: base64 of 32 bytes. */
    private static String checkKey(String key) {
        try {
            if (Base64.getDecoder().decode(key).length == 32) {
                return key;
            }
        } catch (IllegalArgumentException e) {
            throw ApiError.invalidArguments();
        }
        throw ApiError.invalidArguments();
    }

    /** Generates a random value shaped like a WireGuard public key, with no private key. */
    private static String newPublicKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}

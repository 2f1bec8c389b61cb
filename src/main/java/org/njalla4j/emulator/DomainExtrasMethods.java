package org.njalla4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xbill.DNS.Address;

/**
 * The per-domain lists beside the records: e-mail forwards, glue records and DNSSEC
 * records for the parent zone. Duplicates and unknown entries are -32000.
 */
final class DomainExtrasMethods {

    /** DNSSEC algorithm numbers accepted (RFC 8624 "MUST" and "RECOMMENDED" ones). */
    private static final Set<Integer> ALGORITHMS = Set.of(5, 7, 8, 10, 13, 14, 15, 16);
    /** DS digest types: SHA-1, SHA-256, SHA-384. */
    private static final Set<Integer> DIGEST_TYPES = Set.of(1, 2, 4);

    private DomainExtrasMethods() {
    }

    static void register(Map<String, MethodHandler> table) {
        table.put("add-forward", DomainExtrasMethods::addForward);
        table.put("list-forwards", c -> list("forwards", c.domain().forwards));
        table.put("remove-forward", DomainExtrasMethods::removeForward);
        table.put("add-glue", DomainExtrasMethods::addGlue);
        table.put("edit-glue", DomainExtrasMethods::editGlue);
        table.put("list-glue", c -> list("glue", c.domain().glue));
        table.put("remove-glue", DomainExtrasMethods::removeGlue);
        table.put("add-dnssec", DomainExtrasMethods::addDnssec);
        table.put("list-dnssec", c -> list("dnssec", c.domain().dnssecRecords));
        table.put("remove-dnssec", DomainExtrasMethods::removeDnssec);
    }

    private static JsonNode list(String field, List<ObjectNode> entries) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ArrayNode array = result.putArray(field);
        entries.forEach(e -> array.add(e.deepCopy()));
        return result;
    }

    private static JsonNode addForward(Call call) {
        DomainState domain = call.domain();
        ObjectNode forward = forward(call, domain);
        if (domain.forwards.contains(forward)) {
            throw ApiError.invalid("Forward exists already");
        }
        domain.forwards.add(forward);
        ObjectNode result = forward.deepCopy();
        result.put("domain", domain.name);
        return result;
    }

    private static JsonNode removeForward(Call call) {
        DomainState domain = call.domain();
        if (!domain.forwards.remove(forward(call, domain))) {
            throw ApiError.invalidArguments();
        }
        return JsonNodeFactory.instance.objectNode();
    }

    /** Parses a forward from a local part (or an address in this domain) to an address. */
    private static ObjectNode forward(Call call, DomainState domain) {
        String from = call.params().string("from").strip().toLowerCase(Locale.ROOT);
        String to = call.params().string("to").strip();
        if (from.endsWith("@" + domain.name)) {
            from = from.substring(0, from.length() - domain.name.length() - 1);
        }
        if (!from.matches("[a-z0-9._+-]{1,64}|\\*")
                || !to.matches("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+")) {
            throw ApiError.invalidArguments();
        }
        ObjectNode forward = JsonNodeFactory.instance.objectNode();
        forward.put("from", from);
        forward.put("to", to);
        return forward;
    }

    private static JsonNode addGlue(Call call) {
        DomainState domain = call.domain();
        String name = glueName(call, domain);
        if (findGlue(domain, name).isPresent()) {
            throw ApiError.invalid("Glue record exists already");
        }
        ObjectNode glue = JsonNodeFactory.instance.objectNode();
        glue.put("name", name);
        setAddresses(call.params(), glue);
        domain.glue.add(glue);
        return JsonNodeFactory.instance.objectNode();
    }

    private static JsonNode editGlue(Call call) {
        DomainState domain = call.domain();
        ObjectNode glue = findGlue(domain, glueName(call, domain))
                .orElseThrow(ApiError::invalidArguments);
        ObjectNode edited = glue.deepCopy();
        setAddresses(call.params(), edited);
        glue.setAll(edited);
        return JsonNodeFactory.instance.objectNode();
    }

    private static JsonNode removeGlue(Call call) {
        DomainState domain = call.domain();
        ObjectNode glue = findGlue(domain, glueName(call, domain))
                .orElseThrow(ApiError::invalidArguments);
        domain.glue.remove(glue);
        return JsonNodeFactory.instance.objectNode();
    }

    private static String glueName(Call call, DomainState domain) {
        String name = RecordFields.relativeName(domain.name, call.params().string("name"));
        if (name.equals("@") || name.startsWith("*")) {
            throw ApiError.invalidArguments();
        }
        return name;
    }

    private static Optional<ObjectNode> findGlue(DomainState domain, String name) {
        return domain.glue.stream().filter(g -> g.path("name").asText().equals(name))
                .findFirst();
    }

    /** Sets the addresses given; at least one must remain, each of the right family. */
    private static void setAddresses(Params params, ObjectNode glue) {
        Optional<String> v4 = params.optString("address4").filter(a -> !a.isBlank());
        Optional<String> v6 = params.optString("address6").filter(a -> !a.isBlank());
        boolean badV4 = v4.isPresent() && !Address.isDottedQuad(v4.get());
        boolean badV6 = v6.isPresent()
                && (v6.get().indexOf(':') < 0 || !DnsRecords.isAddress(v6.get()));
        if (badV4 || badV6) {
            throw ApiError.invalidArguments();
        }
        v4.ifPresent(a -> glue.put("address4", a));
        v6.ifPresent(a -> glue.put("address6", a));
        if (!glue.hasNonNull("address4") && !glue.hasNonNull("address6")) {
            throw ApiError.invalidArguments();
        }
    }

    /** Adds a DS digest (digest, digest_type, key_tag) or a DNSKEY public key, not both. */
    private static JsonNode addDnssec(Call call) {
        DomainState domain = call.domain();
        Params params = call.params();
        int algorithm = params.integer("algorithm");
        boolean digest = params.has("digest") || params.has("digest_type")
                || params.has("key_tag");
        boolean key = params.has("public_key");
        if (!ALGORITHMS.contains(algorithm) || digest == key) {
            throw ApiError.invalidArguments();
        }
        if (!Tld.of(domain.name).map(Tld::dnssec).orElse(false)) {
            throw ApiError.invalid("DNSSEC is not available for this TLD");
        }
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("id", call.account().nextId());
        entry.put("algorithm", algorithm);
        if (digest) {
            putDigest(params, entry);
        } else {
            putKey(params, entry);
        }
        domain.dnssecRecords.add(entry);
        return entry.deepCopy();
    }

    private static void putDigest(Params params, ObjectNode entry) {
        String digest = params.string("digest").strip().toUpperCase(Locale.ROOT);
        int digestType = params.integer("digest_type");
        int keyTag = params.integer("key_tag");
        int hexLength = switch (digestType) {
            case 1 -> 40;
            case 2 -> 64;
            case 4 -> 96;
            default -> throw ApiError.invalidArguments();
        };
        if (!DIGEST_TYPES.contains(digestType) || !digest.matches("[0-9A-F]{" + hexLength + "}")
                || keyTag < 0 || keyTag > 65535) {
            throw ApiError.invalidArguments();
        }
        entry.put("digest", digest);
        entry.put("digest_type", digestType);
        entry.put("key_tag", keyTag);
    }

    private static void putKey(Params params, ObjectNode entry) {
        String key = params.string("public_key").replaceAll("\\s", "");
        try {
            if (Base64.getDecoder().decode(key).length < 32) {
                throw ApiError.invalidArguments();
            }
        } catch (IllegalArgumentException e) {
            throw ApiError.invalidArguments();
        }
        entry.put("public_key", key);
    }

    private static JsonNode removeDnssec(Call call) {
        DomainState domain = call.domain();
        String id = call.params().string("id");
        boolean removed = domain.dnssecRecords.removeIf(e -> e.path("id").asText().equals(id));
        if (!removed) {
            throw ApiError.invalidArguments();
        }
        return JsonNodeFactory.instance.objectNode();
    }
}

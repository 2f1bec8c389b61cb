package org.njalla4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The domain methods: list-domains, get-domain, edit-domain, find-domains, get-tlds,
 * register-domain and renew-domain. Registration and renewal are tasks that complete
 * later and charge the wallet the TLD's yearly price per year up front.
 */
final class DomainMethods {

    private static final int MAX_NAMESERVERS = 10;

    private DomainMethods() {
    }

    static void register(Map<String, MethodHandler> table) {
        table.put("list-domains", DomainMethods::list);
        table.put("get-domain", c -> c.domain().toJson());
        table.put("edit-domain", DomainMethods::edit);
        table.put("find-domains", DomainMethods::find);
        table.put("get-tlds", DomainMethods::tlds);
        table.put("register-domain", DomainMethods::registerDomain);
        table.put("renew-domain", DomainMethods::renew);
    }

    /**
     * Adds {@code name} to the account, active for {@code years}; keeps an existing one.
     *
     * @throws IllegalArgumentException when the name is not a valid domain name
     */
    static DomainState addToAccount(EmulatorState state, String name, int years) {
        String ascii;
        try {
            ascii = EmulatorState.normalizeDomain(name);
        } catch (ApiError e) {
            throw new IllegalArgumentException("invalid domain name: " + name);
        }
        if (!EmulatorState.isHostName(ascii)) {
            throw new IllegalArgumentException("invalid domain name: " + name
                    + "; use letters, digits and hyphens, such as example.com");
        }
        DomainState existing = state.account.domains.get(ascii);
        if (existing != null) {
            return existing;
        }
        DomainState domain = new DomainState();
        domain.name = ascii;
        domain.expiry = EmulatorState.timestamp(plusYears(state.now(), years));
        state.account.domains.put(ascii, domain);
        return domain;
    }

    static void completeRegistration(EmulatorState state, ObjectNode task) {
        addToAccount(state, task.path("domain").asText(), task.path("years").asInt(1));
    }

    static void completeRenewal(EmulatorState state, ObjectNode task) {
        DomainState domain = state.account.domains.get(task.path("domain").asText());
        if (domain != null) {
            Instant expiry = Instant.parse(domain.expiry);
            domain.expiry = EmulatorState.timestamp(plusYears(expiry, task.path("years").asInt()));
        }
    }

    private static Instant plusYears(Instant instant, int years) {
        return instant.atOffset(ZoneOffset.UTC).plusYears(years).toInstant();
    }

    /** Lists the account's domains, only those in the token's domain list if it has one. */
    private static JsonNode list(Call call) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ArrayNode domains = result.putArray("domains");
        for (DomainState domain : call.account().domains.values()) {
            if (call.policy().allowsDomain(domain.name)) {
                domains.add(domain.toSummaryJson());
            }
        }
        return result;
    }

    private static JsonNode edit(Call call) {
        DomainState domain = call.domain();
        Params params = call.params();
        List<String> nameservers = params.optStringList("nameservers").map(DomainMethods::hosts)
                .orElse(domain.nameservers);
        JsonNode contacts = params.node().get("contacts");
        if (contacts != null && !contacts.isNull() && !contacts.isObject()
                && !contacts.isArray()) {
            throw ApiError.invalidArguments();
        }
        if (params.optBool("dnssec").orElse(false) && !tld(domain.name).dnssec()) {
            throw ApiError.invalid("DNSSEC is not available for this TLD");
        }
        params.optBool("mailforwarding").ifPresent(v -> domain.mailforwarding = v);
        params.optBool("dnssec").ifPresent(v -> domain.dnssec = v);
        params.optBool("lock").ifPresent(v -> domain.locked = v);
        if (contacts != null) {
            domain.contacts = contacts.isNull() ? null : contacts.deepCopy();
        }
        domain.nameservers = new ArrayList<>(nameservers);
        return domain.toJson();
    }

    private static List<String> hosts(List<String> names) {
        if (names.size() > MAX_NAMESERVERS) {
            throw ApiError.invalidArguments();
        }
        List<String> result = new ArrayList<>();
        for (String name : names) {
            String ascii = EmulatorState.normalizeDomain(name);
            if (!EmulatorState.isHostName(ascii) || DnsRecords.isAddress(ascii)) {
                throw ApiError.invalidArguments();
            }
            result.add(ascii);
        }
        return result;
    }

    /**
     * Offers the query's first label under every TLD. A name is "taken" when an emulated
     * account owns it or a registration for it is pending, and "available" otherwise.
     */
    private static JsonNode find(Call call) {
        String query = call.params().string("query").strip();
        String label = RecordFields.toAscii(query.split("\\.", 2)[0]);
        if (!label.matches("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?")) {
            throw ApiError.invalidArguments();
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ArrayNode domains = result.putArray("domains");
        for (Tld tld : Tld.ALL) {
            String name = label + "." + tld.name();
            ObjectNode entry = domains.addObject();
            entry.put("name", name);
            entry.put("status", taken(call.state(), name) ? "taken" : "available");
            entry.put("price", tld.price());
        }
        return result;
    }

    private static boolean taken(EmulatorState state, String name) {
        return state.account.domains.containsKey(name) || pendingRegistration(state, name);
    }

    private static boolean pendingRegistration(EmulatorState state, String name) {
        return state.account.tasks.values().stream().anyMatch(t ->
                "register-domain".equals(t.path("action").asText())
                        && Tasks.PENDING.equals(t.path("status").asText())
                        && name.equals(t.path("domain").asText()));
    }

    private static JsonNode tlds(Call call) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        for (Tld tld : Tld.ALL) {
            ObjectNode entry = result.putObject(tld.name());
            entry.put("price", tld.price());
            entry.put("max_year", tld.maxYears());
            entry.put("dnssec", tld.dnssec());
        }
        return result;
    }

    private static JsonNode registerDomain(Call call) {
        String name = EmulatorState.normalizeDomain(call.params().string("domain"));
        Tld tld = tld(name);
        if (!name.substring(0, name.length() - tld.name().length() - 1)
                .matches("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?")) {
            throw ApiError.invalidArguments();
        }
        if (taken(call.state(), name)) {
            throw ApiError.invalid("Domain not available");
        }
        int years = years(call, tld);
        WalletMethods.charge(call.state(), tld.price() * years, "register " + name);
        return taskResult(call, "register-domain", name, years);
    }

    private static JsonNode renew(Call call) {
        DomainState domain = call.domain();
        Tld tld = tld(domain.name);
        int years = years(call, tld);
        WalletMethods.charge(call.state(), tld.price() * years, "renew " + domain.name);
        return taskResult(call, "renew-domain", domain.name, years);
    }

    private static JsonNode taskResult(Call call, String action, String domain, int years) {
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        details.put("domain", domain);
        details.put("years", years);
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("task", Tasks.start(call.state(), action, details));
        return result;
    }

    private static int years(Call call, Tld tld) {
        int years = call.params().optInt("years").orElse(1);
        if (years < 1 || years > tld.maxYears()) {
            throw ApiError.invalidArguments();
        }
        return years;
    }

    private static Tld tld(String domain) {
        return Tld.of(domain).orElseThrow(() -> ApiError.invalid("TLD not supported"));
    }
}

package org.njalla4j.client;

import static org.njalla4j.client.ApiMethod.Param.Kind.BOOLEAN;
import static org.njalla4j.client.ApiMethod.Param.Kind.INTEGER;
import static org.njalla4j.client.ApiMethod.Param.Kind.JSON;
import static org.njalla4j.client.ApiMethod.Param.Kind.STRING;
import static org.njalla4j.client.ApiMethod.Param.Kind.STRING_LIST;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 54 methods of the Njalla API with their parameters, as the registrar publishes
 * them. The command line builds one subcommand per entry, the client decides from
 * {@link #readOnly()} which calls it may retry, and the emulator checks required
 * parameters against it.
 */
public enum ApiMethod {

    // Tokens and tasks (the API's "api" group).
    ADD_TOKEN("add-token", Family.TOKENS, false,
            opt("comment", STRING), opt("from", STRING_LIST), opt("allowed_domains", STRING_LIST),
            opt("allowed_servers", STRING_LIST), opt("allowed_methods", STRING_LIST),
            opt("allowed_prefixes", STRING_LIST), opt("allowed_types", STRING_LIST),
            opt("acme", BOOLEAN)),
    CHECK_TASK("check-task", Family.TOKENS, true, req("id", STRING)),
    EDIT_TOKEN("edit-token", Family.TOKENS, false,
            secret("key"), opt("comment", STRING), opt("from", STRING_LIST),
            opt("allowed_domains", STRING_LIST), opt("allowed_servers", STRING_LIST),
            opt("allowed_methods", STRING_LIST), opt("allowed_prefixes", STRING_LIST),
            opt("allowed_types", STRING_LIST)),
    LIST_TOKENS("list-tokens", Family.TOKENS, true),
    REMOVE_TOKEN("remove-token", Family.TOKENS, false, secret("key")),

    // Domains.
    EDIT_DOMAIN("edit-domain", Family.DOMAINS, false,
            req("domain", STRING), opt("mailforwarding", BOOLEAN), opt("dnssec", BOOLEAN),
            opt("lock", BOOLEAN), opt("contacts", JSON), opt("nameservers", STRING_LIST)),
    FIND_DOMAINS("find-domains", Family.DOMAINS, true, req("query", STRING)),
    GET_DOMAIN("get-domain", Family.DOMAINS, true, req("domain", STRING)),
    GET_TLDS("get-tlds", Family.DOMAINS, true),
    IMPORT_ZONE("import-zone", Family.DOMAINS, false, req("domain", STRING), req("zone", STRING)),
    LIST_DOMAINS("list-domains", Family.DOMAINS, true),
    REGISTER_DOMAIN("register-domain", Family.DOMAINS, false,
            req("domain", STRING), opt("years", INTEGER)),
    RENEW_DOMAIN("renew-domain", Family.DOMAINS, false,
            req("domain", STRING), opt("years", INTEGER)),

    // DNS records.
    ADD_RECORD("add-record", Family.RECORDS, false, recordParams(false)),
    EDIT_RECORD("edit-record", Family.RECORDS, false, recordParams(true)),
    LIST_RECORDS("list-records", Family.RECORDS, true, req("domain", STRING)),
    REMOVE_RECORD("remove-record", Family.RECORDS, false,
            req("domain", STRING), opt("id", STRING), opt("name", STRING), opt("type", STRING),
            opt("content", STRING)),

    // Glue records.
    ADD_GLUE("add-glue", Family.GLUE, false,
            req("domain", STRING), req("name", STRING), opt("address4", STRING),
            opt("address6", STRING)),
    EDIT_GLUE("edit-glue", Family.GLUE, false,
            req("domain", STRING), req("name", STRING), opt("address4", STRING),
            opt("address6", STRING)),
    LIST_GLUE("list-glue", Family.GLUE, true, req("domain", STRING)),
    REMOVE_GLUE("remove-glue", Family.GLUE, false, req("domain", STRING), req("name", STRING)),

    // Email forwards.
    ADD_FORWARD("add-forward", Family.FORWARDS, false,
            req("domain", STRING), req("from", STRING), req("to", STRING)),
    LIST_FORWARDS("list-forwards", Family.FORWARDS, true, req("domain", STRING)),
    REMOVE_FORWARD("remove-forward", Family.FORWARDS, false,
            req("domain", STRING), req("from", STRING), req("to", STRING)),

    // DNSSEC: either a DS digest (digest, digest_type, key_tag) or a public key.
    ADD_DNSSEC("add-dnssec", Family.DNSSEC, false,
            req("domain", STRING), req("algorithm", INTEGER), opt("digest", STRING),
            opt("digest_type", INTEGER), opt("key_tag", INTEGER), opt("public_key", STRING)),
    LIST_DNSSEC("list-dnssec", Family.DNSSEC, true, req("domain", STRING)),
    REMOVE_DNSSEC("remove-dnssec", Family.DNSSEC, false, req("domain", STRING), req("id", STRING)),

    // Servers and their traffic packages.
    ADD_SERVER("add-server", Family.SERVERS, false,
            req("name", STRING), req("type", STRING), req("os", STRING), req("ssh_key", STRING),
            req("months", INTEGER), opt("autorenew", BOOLEAN)),
    ADD_TRAFFIC("add-traffic", Family.SERVERS, false,
            req("id", STRING), req("amount", INTEGER), req("months", INTEGER),
            opt("starts_today", BOOLEAN)),
    EDIT_SERVER("edit-server", Family.SERVERS, false,
            req("id", STRING), opt("name", STRING), opt("type", STRING), opt("ssh_key", STRING),
            opt("reverse_name", STRING), opt("autorenew", BOOLEAN)),
    GET_SERVER("get-server", Family.SERVERS, true, req("id", STRING)),
    LIST_SERVER_IMAGES("list-server-images", Family.SERVERS, true),
    LIST_SERVER_TYPES("list-server-types", Family.SERVERS, true),
    LIST_SERVERS("list-servers", Family.SERVERS, true),
    LIST_TRAFFIC("list-traffic", Family.SERVERS, true, req("id", STRING)),
    REMOVE_SERVER("remove-server", Family.SERVERS, false, req("id", STRING)),
    RENEW_SERVER("renew-server", Family.SERVERS, false, req("id", STRING), req("months", INTEGER)),
    RESET_SERVER("reset-server", Family.SERVERS, false,
            req("id", STRING), opt("os", STRING), opt("ssh_key", STRING), opt("type", STRING)),
    RESTART_SERVER("restart-server", Family.SERVERS, false, req("id", STRING)),
    START_SERVER("start-server", Family.SERVERS, false, req("id", STRING)),
    STOP_SERVER("stop-server", Family.SERVERS, false, req("id", STRING)),

    // User account and session.
    DELETE_ACCOUNT("delete-account", Family.USER, false),
    LOGIN("login", Family.USER, false, opt("email", STRING), opt("xmpp", STRING),
            secret("password")),
    LOGOUT("logout", Family.USER, false),

    // VPNs.
    ADD_VPN("add-vpn", Family.VPNS, false, req("name", STRING), opt("autorenew", BOOLEAN)),
    EDIT_VPN("edit-vpn", Family.VPNS, false,
            req("id", STRING), opt("name", STRING), opt("autorenew", BOOLEAN),
            opt("backend", STRING), opt("publickey", STRING)),
    GET_VPN("get-vpn", Family.VPNS, true, req("id", STRING)),
    LIST_VPNS("list-vpns", Family.VPNS, true),
    REMOVE_VPN("remove-vpn", Family.VPNS, false, req("id", STRING)),
    RENEW_VPN("renew-vpn", Family.VPNS, false, req("id", STRING), req("months", INTEGER)),

    // Wallet.
    ADD_PAYMENT("add-payment", Family.WALLET, false, req("amount", INTEGER), req("via", STRING)),
    GET_BALANCE("get-balance", Family.WALLET, true),
    GET_PAYMENT("get-payment", Family.WALLET, true, req("id", STRING)),
    LIST_TRANSACTIONS("list-transactions", Family.WALLET, true);

    /** Groups of related methods; the typed client has one facade per family. */
    public enum Family {
        TOKENS, DOMAINS, RECORDS, GLUE, FORWARDS, DNSSEC, SERVERS, VPNS, USER, WALLET
    }

    /**
     * One request parameter: its wire name, its JSON kind, whether the API requires it,
     * and whether it is a secret (a token key or a password) that must never be taken
     * from a command line.
     */
    public record Param(String name, Kind kind, boolean required, boolean secret) {

        /** JSON shape of a parameter value. */
        public enum Kind { STRING, INTEGER, BOOLEAN, STRING_LIST, JSON }
    }

    private static final Map<String, ApiMethod> BY_WIRE_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ApiMethod::wireName, Function.identity()));

    private final String wireName;
    private final Family family;
    private final boolean readOnly;
    private final List<Param> params;

    ApiMethod(String wireName, Family family, boolean readOnly, Param... params) {
        this.wireName = wireName;
        this.family = family;
        this.readOnly = readOnly;
        this.params = List.of(params);
    }

    /** Name on the wire and of the CLI subcommand, such as {@code add-record}. */
    public String wireName() {
        return wireName;
    }

    public Family family() {
        return family;
    }

    /**
     * Whether the method changes nothing, so the client may send it again after a
     * transport failure, a 5xx or a 429.
     */
    public boolean readOnly() {
        return readOnly;
    }

    public List<Param> params() {
        return params;
    }

    /** Finds a method by its wire name, case-insensitively. */
    public static Optional<ApiMethod> byWireName(String wireName) {
        return Optional.ofNullable(BY_WIRE_NAME.get(wireName.toLowerCase(Locale.ROOT)));
    }

    private static Param req(String name, Param.Kind kind) {
        return new Param(name, kind, true, false);
    }

    private static Param opt(String name, Param.Kind kind) {
        return new Param(name, kind, false, false);
    }

    private static Param secret(String name) {
        return new Param(name, STRING, true, true);
    }

    private static Param[] recordParams(boolean edit) {
        Param[] fields = {
            req("domain", STRING), edit ? opt("type", STRING) : req("type", STRING),
            edit ? opt("name", STRING) : req("name", STRING), opt("content", STRING),
            opt("ttl", INTEGER), opt("prio", INTEGER), opt("weight", INTEGER), opt("port", INTEGER),
            opt("target", STRING), opt("ssh_algorithm", INTEGER), opt("ssh_type", INTEGER),
        };
        if (!edit) {
            return fields;
        }
        Param[] withId = new Param[fields.length + 1];
        withId[0] = req("id", STRING);
        System.arraycopy(fields, 0, withId, 1, fields.length);
        return withId;
    }
}

package org.njalla4j.cli;

import static java.util.Map.entry;

import java.util.Map;
import java.util.stream.Collectors;
import org.njalla4j.client.ApiMethod;
import org.njalla4j.client.ApiMethod.Param;
import org.njalla4j.client.RecordRules;

/** Help text of the API method subcommands and their options. */
final class MethodHelp {

    private static final Map<String, String> SUMMARIES = Map.ofEntries(
            entry("add-token", "Add an API token; the new key is printed once."),
            entry("check-task", "Check the status of a long-running task."),
            entry("edit-token", "Edit an API token's comment and restrictions."),
            entry("list-tokens", "List the account's API tokens (keys are not printed)."),
            entry("remove-token", "Remove an API token."),
            entry("edit-domain", "Edit a domain's settings."),
            entry("find-domains", "Find domains available for registration."),
            entry("get-domain", "Get information about one of your domains."),
            entry("get-tlds", "List the supported top-level domains with prices."),
            entry("import-zone", "Import a BIND zone file into a domain."),
            entry("list-domains", "List your domains."),
            entry("register-domain", "Register a domain; check the returned task with check-task."),
            entry("renew-domain", "Renew one of your domains."),
            entry("add-record", "Add a DNS record to a domain."),
            entry("edit-record", "Edit a DNS record identified by its id."),
            entry("list-records", "List the DNS records of a domain."),
            entry("remove-record", "Remove a DNS record by id, or every record matching the"
                    + " given fields."),
            entry("add-glue", "Add a glue record; the name is the subdomain."),
            entry("edit-glue", "Edit a glue record."),
            entry("list-glue", "List the glue records of a domain."),
            entry("remove-glue", "Remove a glue record."),
            entry("add-forward", "Add an email forward."),
            entry("list-forwards", "List the email forwards of a domain."),
            entry("remove-forward", "Remove an email forward."),
            entry("add-dnssec", "Add a DNSSEC record: a DS digest (digest, digest-type, key-tag)"
                    + " or a public key."),
            entry("list-dnssec", "List the DNSSEC records of a domain."),
            entry("remove-dnssec", "Remove a DNSSEC record from a domain."),
            entry("add-server", "Create a server with the given name, type, OS and SSH key."),
            entry("add-traffic", "Add an extra traffic package to a server."),
            entry("edit-server", "Edit a server identified by its id."),
            entry("get-server", "Get information about one of your servers."),
            entry("list-server-images", "List the images available for new servers."),
            entry("list-server-types", "List the types available for new servers."),
            entry("list-servers", "List your servers."),
            entry("list-traffic", "List the extra traffic packages of a server."),
            entry("remove-server", "Remove a server: it is stopped and all its data deleted."),
            entry("renew-server", "Renew a server; the wallet must hold enough credit."),
            entry("reset-server", "Reinstall a server with the given OS; all data is lost."),
            entry("restart-server", "Restart a server."),
            entry("start-server", "Start a server."),
            entry("stop-server", "Stop a server."),
            entry("delete-account", "Delete your account."),
            entry("login", "Log in to an account (cookie session); API tokens are preferred."),
            entry("logout", "Log out and end the current session."),
            entry("add-vpn", "Add a VPN client."),
            entry("edit-vpn", "Edit a VPN identified by its id."),
            entry("get-vpn", "Get information about a VPN."),
            entry("list-vpns", "List your VPNs."),
            entry("remove-vpn", "Remove a VPN."),
            entry("renew-vpn", "Renew a VPN; the wallet must hold enough credit."),
            entry("add-payment", "Refill your wallet."),
            entry("get-balance", "Get the wallet balance."),
            entry("get-payment", "Get the details of a payment."),
            entry("list-transactions", "List the transactions of the last 90 days."));

    private static final Map<String, String> NOTES = Map.ofEntries(
            entry("ttl", "Seconds, one of " + RecordRules.VALID_TTLS.stream()
                    .map(String::valueOf).collect(Collectors.joining(", ")) + "."),
            entry("type", "One of " + String.join(", ", new java.util.TreeSet<>(RecordRules.TYPES))
                    + " for records."),
            entry("from", "IPv4 or IPv6 addresses or networks that may use the token."),
            entry("acme", "Restrict the token to what the ACME DNS-01 challenge needs."),
            entry("contacts", "A JSON object, or @FILE to read one."),
            entry("key", "Read from FILE (mode 0600), or from standard input when FILE is -."),
            entry("password", "Read from FILE (mode 0600), or from standard input when FILE"
                    + " is -."));

    private MethodHelp() {
    }

    /** One-line description of a method. */
    static String summary(ApiMethod method) {
        return SUMMARIES.getOrDefault(method.wireName(), "Call " + method.wireName() + ".");
    }

    /** Describes an option: the parameter's wire name, kind, whether required, and notes. */
    static String describe(ApiMethod method, Param param) {
        String text = "API parameter " + param.name() + ": " + kindLabel(param.kind())
                + (param.required() ? ", required." : ", optional.");
        String note = NOTES.get(param.name());
        boolean recordField = method.family() == ApiMethod.Family.RECORDS;
        boolean tokenField = method.family() == ApiMethod.Family.TOKENS;
        if (param.name().equals("type") && !recordField
                || param.name().equals("from") && !tokenField) {
            note = null;
        }
        if (note != null) {
            text += " " + note;
        }
        if (recordField && param.name().equals("name")) {
            text += " Relative to the domain; @ for the apex.";
        }
        return text;
    }

    private static String kindLabel(Param.Kind kind) {
        return switch (kind) {
            case STRING -> "string";
            case INTEGER -> "integer";
            case BOOLEAN -> "boolean (--x or --x=false)";
            case STRING_LIST -> "list of strings (repeat the option, or separate with commas)";
            case JSON -> "JSON";
        };
    }
}

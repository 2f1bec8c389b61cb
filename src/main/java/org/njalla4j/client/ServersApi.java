package org.njalla4j.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Server methods of the Njalla API, including extra traffic packages. Actions on an
 * existing server return the server as far as the API describes it. When a result
 * omits the id, the requested id is filled in.
 */
public final class ServersApi {

    /** The maximum period, in months, this client sends to renew-server and add-traffic. */
    public static final int MAX_MONTHS = 12;

    private final NjallaClient client;

    ServersApi(NjallaClient client) {
        this.client = client;
    }

    /** {@code list-servers}: the account's servers. */
    public List<Server> list() throws NjallaException {
        return JsonFields.list("list-servers", client.call("list-servers", Map.of()), "servers",
                node -> Server.parse("list-servers", node, null));
    }

    /** {@code get-server}: details of one server. */
    public Server get(String id) throws NjallaException {
        return onServer("get-server", id);
    }

    /** {@code list-server-images}: images that {@code add-server} accepts as {@code os}. */
    public List<ServerImage> images() throws NjallaException {
        return JsonFields.list("list-server-images", client.call("list-server-images", Map.of()),
                "images", ServerImage::parse);
    }

    /** {@code list-server-types}: sizes that {@code add-server} accepts as {@code type}. */
    public List<ServerType> types() throws NjallaException {
        return JsonFields.list("list-server-types", client.call("list-server-types", Map.of()),
                "types", ServerType::parse);
    }

    /** {@code add-server}: orders a server, paid from the wallet. Never retried. */
    public Server add(AddServerRequest request) throws NjallaException {
        Objects.requireNonNull(request, "request");
        return Server.parse("add-server", client.call("add-server", request.toParams()), null);
    }

    /** {@code edit-server}: changes a server's name, type, SSH key, PTR name or renewal. */
    public Server edit(EditServerRequest request) throws NjallaException {
        Objects.requireNonNull(request, "request");
        JsonNode result = client.call("edit-server", request.toParams());
        return Server.parse("edit-server", result, request.id());
    }

    /**
     * {@code remove-server}: stops the server and deletes all its data. Returns the id of
     * the removal task when the API sends one.
     */
    public Optional<String> remove(String id) throws NjallaException {
        Objects.requireNonNull(id, "id");
        JsonNode result = client.call("remove-server", Map.of("id", id));
        return Optional.ofNullable(JsonFields.text(result, "task"));
    }

    /** {@code renew-server}: extends the server by {@code months}, paid from the wallet. */
    public Server renew(String id, int months) throws NjallaException {
        Objects.requireNonNull(id, "id");
        AddServerRequest.checkMonths("renew-server", months, MAX_MONTHS);
        JsonNode result = client.call("renew-server", Map.of("id", id, "months", months));
        return Server.parse("renew-server", result, id);
    }

    /** {@code reset-server}: reinstalls the server; all data on it is lost. */
    public Server reset(ResetServerRequest request) throws NjallaException {
        Objects.requireNonNull(request, "request");
        JsonNode result = client.call("reset-server", request.toParams());
        return Server.parse("reset-server", result, request.id());
    }

    /** {@code restart-server}: restarts the server. */
    public Server restart(String id) throws NjallaException {
        return onServer("restart-server", id);
    }

    /** {@code start-server}: starts a stopped server. */
    public Server start(String id) throws NjallaException {
        return onServer("start-server", id);
    }

    /** {@code stop-server}: stops the server. */
    public Server stop(String id) throws NjallaException {
        return onServer("stop-server", id);
    }

    /** {@code list-traffic}: the server's extra traffic packages. */
    public List<Traffic> listTraffic(String id) throws NjallaException {
        Objects.requireNonNull(id, "id");
        return JsonFields.list("list-traffic", client.call("list-traffic", Map.of("id", id)),
                "traffic", node -> Traffic.parse("list-traffic", node));
    }

    /**
     * {@code add-traffic}: buys an extra traffic package for the server. Never retried.
     *
     * @param amount the package size, as Njalla's price list offers it
     * @param startsToday whether it starts now rather than with the next billing period
     */
    public Traffic addTraffic(String id, int amount, int months, boolean startsToday)
            throws NjallaException {
        Objects.requireNonNull(id, "id");
        if (amount < 1) {
            throw new IllegalArgumentException("add-traffic: invalid amount " + amount
                    + "; use a positive package size");
        }
        AddServerRequest.checkMonths("add-traffic", months, MAX_MONTHS);
        JsonNode result = client.call("add-traffic", Params.of("id", id, "amount", amount,
                "months", months, "starts_today", startsToday));
        return Traffic.parse("add-traffic", result);
    }

    private Server onServer(String method, String id) throws NjallaException {
        Objects.requireNonNull(id, "id");
        return Server.parse(method, client.call(method, Map.of("id", id)), id);
    }
}

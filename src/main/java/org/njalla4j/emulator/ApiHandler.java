package org.njalla4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.njalla4j.client.ApiMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON-RPC endpoint. It accepts the minimal {@code {method, params}} body and the
 * full JSON-RPC 2.0 envelope, replies {@code {"result":...,"jsonrpc":"2.0"}} with the id
 * echoed only when the request had one, and reports application errors inside HTTP 200
 * as the real service does.
 */
final class ApiHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_BODY = 1 << 20;
    private static final int INTERNAL_ERROR = -32603;

    private final EmulatorState state;
    private final FaultInjector faults;
    private final Map<String, MethodHandler> methods;
    private final Authenticator authenticator;

    ApiHandler(EmulatorState state, FaultInjector faults, Map<String, MethodHandler> methods) {
        this.state = state;
        this.faults = faults;
        this.methods = methods;
        this.authenticator = new Authenticator(state);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            if (!applyTransportFaults(exchange)) {
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                sendText(exchange, 405, "text/plain", "405 Method Not Allowed\n");
                return;
            }
            byte[] body = readBody(exchange.getRequestBody());
            sendJson(exchange, process(exchange, body));
        } finally {
            exchange.close();
        }
    }

    /** Applies latency and the drawn fault; returns whether the request goes on. */
    private boolean applyTransportFaults(HttpExchange exchange) throws IOException {
        sleep(faults.faults().latency());
        switch (faults.nextHttpFault()) {
            case RESET -> {
                return false;
            }
            case BAD_GATEWAY -> {
                sendText(exchange, 502, "text/html", "<html>\r\n<head><title>502 Bad Gateway"
                        + "</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>"
                        + "\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
                return false;
            }
            case TOO_MANY_REQUESTS -> {
                exchange.getResponseHeaders().set("Retry-After",
                        Long.toString(faults.faults().retryAfter().toSeconds()));
                sendText(exchange, 429, "text/html", "<html><body><h1>429 Too Many Requests"
                        + "</h1></body></html>\r\n");
                return false;
            }
            default -> {
                return true;
            }
        }
    }

    private ObjectNode process(HttpExchange exchange, byte[] body) {
        ObjectNode response = MAPPER.createObjectNode();
        JsonNode request;
        try {
            request = MAPPER.readTree(body);
        } catch (IOException e) {
            return error(response, new ApiError(ApiError.PARSE_ERROR, "Parse error"));
        }
        if (request == null || !request.isObject()) {
            return error(response, new ApiError(ApiError.INVALID_REQUEST, "Invalid Request"));
        }
        try {
            JsonNode result = dispatch(exchange, (ObjectNode) request);
            response.set("result", result);
            response.put("jsonrpc", "2.0");
        } catch (ApiError e) {
            error(response, e);
        } catch (RuntimeException e) {
            LOG.error("emulated method {} failed", request.path("method").asText(), e);
            error(response, new ApiError(INTERNAL_ERROR, "Internal error"));
        }
        if (request.has("id")) {
            response.set("id", request.get("id"));
        }
        return response;
    }

    private JsonNode dispatch(HttpExchange exchange, ObjectNode request) {
        JsonNode methodNode = request.get("method");
        JsonNode paramsNode = request.get("params");
        if (methodNode == null || !methodNode.isTextual()
                || paramsNode != null && !paramsNode.isNull() && !paramsNode.isObject()) {
            throw new ApiError(ApiError.INVALID_REQUEST, "Invalid Request");
        }
        String method = methodNode.asText();
        MethodHandler handler = methods.get(method);
        Optional<ApiMethod> spec = ApiMethod.byWireName(method)
                .filter(m -> m.wireName().equals(method));
        if (handler == null || spec.isEmpty()) {
            throw new ApiError(ApiError.METHOD_NOT_FOUND, "Method not found");
        }
        Params params = new Params(paramsNode instanceof ObjectNode object
                ? object : MAPPER.createObjectNode());
        InetAddress remote = exchange.getRemoteAddress().getAddress();
        synchronized (state) {
            Authenticator.Access access = authenticator.authorize(exchange, method, remote);
            checkRequired(spec.get(), params);
            Optional<ApiError> injected = faults.methodFailure(method);
            if (injected.isPresent()) {
                throw injected.get();
            }
            return invoke(exchange, spec.get(), handler,
                    new Call(method, params, access.policy(), state, remote, access.sessionId()));
        }
    }

    private JsonNode invoke(HttpExchange exchange, ApiMethod spec, MethodHandler handler,
            Call call) {
        boolean advanced = Tasks.advance(state);
        JsonNode result = handler.handle(call);
        call.setCookies().forEach(c -> exchange.getResponseHeaders().add("Set-Cookie", c));
        if (advanced || !spec.readOnly()) {
            try {
                state.save();
            } catch (UncheckedIOException e) {
                LOG.error("saving the emulator state failed after {}", call.method(), e);
                throw new ApiError(INTERNAL_ERROR, "Internal error");
            }
        }
        return result;
    }

    private static void checkRequired(ApiMethod spec, Params params) {
        for (ApiMethod.Param param : spec.params()) {
            if (param.required() && !params.has(param.name())) {
                throw ApiError.invalidArguments();
            }
        }
    }

    private static ObjectNode error(ObjectNode response, ApiError e) {
        ObjectNode error = response.putObject("error");
        error.put("code", e.code());
        error.put("message", e.getMessage());
        response.put("jsonrpc", "2.0");
        return response;
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            return new byte[0];
        }
        return body;
    }

    private static void sendJson(HttpExchange exchange, ObjectNode response) throws IOException {
        sendText(exchange, 200, "application/json; charset=utf-8", response + "\n");
    }

    private static void sendText(HttpExchange exchange, int status, String type, String text)
            throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(java.time.Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.njalla4j.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts JSON-RPC envelopes, retries read-only methods when that is safe, and turns the
 * response into a result or one of the client's exceptions.
 */
final class JsonRpcTransport {

    private static final Logger LOG = LoggerFactory.getLogger(NjallaClient.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final int EXCERPT_LENGTH = 80;

    private final URI apiUrl;
    private final HttpUrl httpUrl;
    private final String token;
    private final OkHttpClient http;
    private final SessionCookieJar cookies;
    private final RetryPolicy retry;
    private final Redactor redactor;
    private final WireLog wireLog;

    JsonRpcTransport(URI apiUrl, String token, OkHttpClient http, SessionCookieJar cookies,
            RetryPolicy retry) {
        this.apiUrl = apiUrl;
        this.httpUrl = HttpUrl.get(apiUrl.toString());
        this.token = token;
        this.http = http;
        this.cookies = cookies;
        this.retry = retry;
        this.redactor = new Redactor(token);
        this.wireLog = new WireLog(redactor);
    }

    /** Plain HTTP outcome of one attempt. */
    private record Reply(int status, String body, String retryAfter) {
    }

    /**
     * Sends {@code body} and returns the JSON-RPC result. When {@code retryable}, a
     * missing response, a 5xx or a 429 leads to up to {@link RetryPolicy#maxRetries()}
     * more attempts; API errors are never retried.
     */
    JsonNode send(String method, String body, boolean retryable) throws NjallaException {
        long start = System.nanoTime();
        for (int attempt = 0; ; attempt++) {
            boolean last = !retryable || attempt >= retry.maxRetries();
            Reply reply;
            try {
                reply = execute(method, body);
            } catch (NjallaTransportException e) {
                if (last) {
                    throw attempt == 0 ? e : afterRetries(method, e, attempt + 1, start);
                }
                pause(method, attempt, null, "no response");
                continue;
            }
            if (!last && RetryPolicy.isRetryableStatus(reply.status())) {
                pause(method, attempt, reply.retryAfter(), "HTTP " + reply.status());
                continue;
            }
            try {
                return interpret(method, reply.status(), reply.body());
            } catch (NjallaTransportException e) {
                throw attempt == 0 ? e : afterRetries(method, e, attempt + 1, start);
            }
        }
    }

    /**
     * Restates the last failure of a retried call with the number of attempts and the
     * total time, pauses included, so that the message does not understate the wait.
     */
    private NjallaTransportException afterRetries(String method, NjallaTransportException last,
            int attempts, long startNanos) {
        String total = HumanDuration.format(elapsed(startNanos));
        String message = last.getCause() instanceof InterruptedIOException
                ? method + " timed out after " + attempts + " attempts over " + total + " at "
                        + apiUrl
                : last.getMessage() + " (after " + attempts + " attempts over " + total + ")";
        return new NjallaTransportException(method, last.httpStatus(), message, last.getCause());
    }

    private void pause(String method, int attempt, String retryAfter, String reason)
            throws NjallaTransportException {
        Duration delay = retry.delay(attempt, retryAfter);
        LOG.debug("{}: {}, retry {} of {} in {} ms", method, reason, attempt + 1,
                retry.maxRetries(), delay.toMillis());
        try {
            retry.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NjallaTransportException(method, 0,
                    method + " interrupted while waiting to retry", e);
        }
    }

    private Reply execute(String method, String body) throws NjallaTransportException {
        wireLog.request(method, token != null, body);
        long start = System.nanoTime();
        try (Response response = http.newCall(request(body)).execute()) {
            String text = readBody(response.body());
            Duration elapsed = elapsed(start);
            LOG.debug("{} returned HTTP {} in {} ms", method, response.code(), elapsed.toMillis());
            wireLog.response(method, response.code(), elapsed, text);
            return new Reply(response.code(), text, response.header("Retry-After"));
        } catch (InterruptedIOException e) {
            wireLog.failure(method, elapsed(start), "timeout");
            throw new NjallaTransportException(method, 0, method + " timed out after "
                    + HumanDuration.format(elapsed(start)) + " at " + apiUrl, e);
        } catch (IOException e) {
            wireLog.failure(method, elapsed(start), String.valueOf(e.getMessage()));
            throw new NjallaTransportException(method, 0, method + " failed: cannot reach "
                    + apiUrl + ": " + redactor.redactText(String.valueOf(e.getMessage())), e);
        }
    }

    private Request request(String body) {
        Request.Builder request = new Request.Builder()
                .url(httpUrl)
                .header("Accept", "application/json")
                .post(RequestBody.create(body, JSON));
        if (token != null) {
            request.header("Authorization", "Njalla " + token);
        }
        String csrf = cookies.value(httpUrl, "csrftoken");
        if (csrf != null) {
            // A cookie session is checked like a browser form post: the CSRF cookie
            // echoed in a header and a same-origin Referer.
            request.header("X-CSRFToken", csrf);
            request.header("Referer", httpUrl.resolve("/").toString());
        }
        return request.build();
    }

    private static String readBody(ResponseBody body) throws IOException {
        return body == null ? "" : body.string();
    }

    private JsonNode interpret(String method, int status, String body) throws NjallaException {
        JsonNode json = parse(body);
        if (json == null || !json.isObject()) {
            throw new NjallaTransportException(method, status, method + " failed: HTTP " + status
                    + " from " + apiUrl + " is not a JSON-RPC response: " + excerpt(body), null);
        }
        JsonNode error = json.get("error");
        if (error != null && !error.isNull()) {
            throw new NjallaApiException(method, error.path("code").asInt(0),
                    redactor.redactText(error.path("message").asText("")));
        }
        if (status != 200) {
            throw new NjallaTransportException(method, status, method + " failed: HTTP " + status
                    + " from " + apiUrl + ": " + excerpt(body), null);
        }
        JsonNode result = json.get("result");
        if (result == null) {
            throw new MalformedResponseException(method + " returned neither result nor error: "
                    + excerpt(body));
        }
        return result;
    }

    private static JsonNode parse(String body) {
        if (body.isBlank()) {
            return null;
        }
        try {
            return NjallaClient.MAPPER.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Summarises a body on one line, secrets masked, for exception messages: the title
     * of an HTML page, or else the start of its text without markup.
     */
    private String excerpt(String body) {
        String text = BodySummary.summarise(redactor.redact(body), EXCERPT_LENGTH);
        return text.isEmpty() ? "(empty body)" : text;
    }

    private static Duration elapsed(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}

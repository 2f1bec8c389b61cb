package org.njalla4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The account methods: login (a cookie session with full access), logout and
 * delete-account, which works only once no domains or servers remain and the wallet is
 * empty.
 */
final class UserMethods {

    private UserMethods() {
    }

    static void register(Map<String, MethodHandler> table) {
        table.put("login", UserMethods::login);
        table.put("logout", UserMethods::logout);
        table.put("delete-account", UserMethods::deleteAccount);
    }

    /** Checks e-mail (or XMPP address) and password, then sets the session cookie. */
    private static JsonNode login(Call call) {
        Params params = call.params();
        AccountState account = call.account();
        String user = params.optString("email").or(() -> params.optString("xmpp"))
                .orElseThrow(ApiError::invalidArguments);
        String password = params.string("password");
        boolean userMatches = user.equalsIgnoreCase(account.email);
        boolean passwordMatches = account.passwordSha256 != null && MessageDigest.isEqual(
                Emulator.sha256(password).getBytes(StandardCharsets.US_ASCII),
                account.passwordSha256.getBytes(StandardCharsets.US_ASCII));
        if (!userMatches || !passwordMatches) {
            throw ApiError.permissionDenied();
        }
        String session = call.state().newKey();
        call.state().sessions.put(session, account.email);
        call.setCookies().add(Authenticator.SESSION_COOKIE + "=" + session
                + "; HttpOnly; Path=/; SameSite=Lax");
        return JsonNodeFactory.instance.objectNode();
    }

    private static JsonNode logout(Call call) {
        if (call.sessionId() != null) {
            call.state().sessions.remove(call.sessionId());
        }
        call.setCookies().add(Authenticator.SESSION_COOKIE
                + "=; Max-Age=0; HttpOnly; Path=/; SameSite=Lax");
        return JsonNodeFactory.instance.objectNode();
    }

    private static JsonNode deleteAccount(Call call) {
        AccountState account = call.account();
        if (!account.domains.isEmpty() || !account.servers.isEmpty() || account.balance != 0) {
            throw ApiError.invalid("Remove all domains and servers and empty the wallet "
                    + "before deleting the account");
        }
        account.deleted = true;
        account.tokens.clear();
        account.vpns.clear();
        call.state().sessions.clear();
        return JsonNodeFactory.instance.objectNode();
    }
}

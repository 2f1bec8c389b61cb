package org.njalla4j.emulator;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * One authorised API call as a method handler sees it.
 *
 * @param method wire name
 * @param params request parameters
 * @param policy restrictions of the credential used
 * @param state the emulator state; the caller holds its monitor
 * @param remote address the request came from
 * @param sessionId the login session cookie of the request, or null
 * @param setCookies Set-Cookie header values for the response, filled by the handler
 */
record Call(String method, Params params, TokenPolicy policy, EmulatorState state,
        InetAddress remote, String sessionId, List<String> setCookies) {

    Call(String method, Params params, TokenPolicy policy, EmulatorState state,
            InetAddress remote, String sessionId) {
        this(method, params, policy, state, remote, sessionId, new ArrayList<>());
    }

    AccountState account() {
        return state.account;
    }

    /** The domain named by the {@code domain} parameter, checked against the policy. */
    DomainState domain() {
        String name = EmulatorState.normalizeDomain(params.string("domain"));
        policy.checkDomain(name);
        return state.domain(name);
    }
}

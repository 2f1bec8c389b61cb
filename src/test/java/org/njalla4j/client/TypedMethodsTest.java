package org.njalla4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Calls the typed method of every ApiMethod against a mock server and checks the exact
 * JSON sent (method, params, Authorization) and the parsed result. A method without an
 * entry in {@link #CASES} fails, so the table covers the whole catalogue.
 */
class TypedMethodsTest {

    static final String KEY = "8a3cb4afb4147ac13daf3a453dd855e6cf88fa01";
    static final String SSH_KEY =
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKx3ZWJ1c2VyQGV4YW1wbGUuY29t web@example.com";
    static final String DIGEST =
            "3e1b5a2c8f0d4e6a9b7c1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6f708";

    @FunctionalInterface
    interface Invocation<T> {
        T invoke(NjallaClient client) throws Exception;
    }

    record Case(Invocation<?> call, Consumer<Object> verify) {
    }

    static final Map<ApiMethod, Case> CASES = new EnumMap<>(ApiMethod.class);

    @SuppressWarnings("unchecked")
    static <T> void put(ApiMethod method, Invocation<T> call, Consumer<T> verify) {
        CASES.put(method, new Case(call, result -> verify.accept((T) result)));
    }

    private MockNjalla mock;

    @BeforeEach
    void start() throws Exception {
        mock = new MockNjalla();
    }

    @AfterEach
    void stop() throws Exception {
        mock.close();
    }

    @ParameterizedTest
    @EnumSource(ApiMethod.class)
    void typedMethod_sendsExactRequestAndParsesResult(ApiMethod method) throws Exception {
        Case testCase = CASES.get(method);
        assertNotNull(testCase, "no typed-method case for " + method.wireName());
        JsonNode fixture = MockNjalla.fixture(method.wireName());
        mock.enqueueJson(fixture.get("response").toString());

        Object result = testCase.call().invoke(mock.client());

        RecordedRequest request = mock.take();
        assertEquals("POST", request.getMethod());
        assertEquals("Njalla " + MockNjalla.TOKEN, request.getHeader("Authorization"));
        JsonNode body = MockNjalla.body(request);
        assertEquals(method.wireName(), body.path("method").asText());
        assertEquals("2.0", body.path("jsonrpc").asText());
        assertEquals(fixture.get("params"), body.get("params"));
        assertParamsInCatalogue(method, body.get("params"));
        testCase.verify().accept(result);
        assertEquals(1, mock.server.getRequestCount());
    }

    private static void assertParamsInCatalogue(ApiMethod method, JsonNode params) {
        Iterator<String> names = params.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            assertTrue(method.params().stream().anyMatch(p -> p.name().equals(name)),
                    method.wireName() + " sent " + name + ", which the catalogue lacks");
        }
        for (ApiMethod.Param param : method.params()) {
            if (param.required() && !method.wireName().equals("login")) {
                assertTrue(params.has(param.name()),
                        method.wireName() + " did not send required " + param.name());
            }
        }
    }

    static {
        TokenCases.register();
        DomainCases.register();
        RecordCases.register();
        SmallFamilyCases.register();
        ServerCases.register();
        AccountCases.register();
    }

    static final class TokenCases {
        static void register() {
            put(ApiMethod.ADD_TOKEN, c -> c.tokens().add(AddTokenRequest.builder()
                    .comment("acme for example.com").from(List.of("192.0.2.0/24"))
                    .allowedDomains(List.of("example.com")).acme(true).build()), token -> {
                        assertEquals(KEY, token.key());
                        assertEquals(List.of("TXT"), token.allowedTypes());
                        assertEquals(4, token.allowedMethods().size());
                        assertFalse(token.toString().contains(KEY));
                    });
            put(ApiMethod.CHECK_TASK, c -> c.tokens().checkTask("task-42"), task -> {
                assertEquals("task-42", task.id());
                assertEquals("active", task.status());
                assertFalse(task.isPending());
            });
            put(ApiMethod.EDIT_TOKEN, c -> c.tokens().edit(EditTokenRequest.builder(KEY)
                    .comment("renamed").from(List.of("198.51.100.7")).build()),
                    token -> assertEquals(KEY, token.key()));
            put(ApiMethod.LIST_TOKENS, c -> c.tokens().list(), tokens -> {
                assertEquals(2, tokens.size());
                assertEquals("full access", tokens.get(1).comment());
                assertEquals(List.of(), tokens.get(1).allowedTypes());
            });
            put(ApiMethod.REMOVE_TOKEN, c -> {
                c.tokens().remove(KEY);
                return null;
            }, ignored -> { });
        }
    }

    static final class DomainCases {
        static void register() {
            List<String> nameservers = List.of("ns1.example.net", "ns2.example.net");
            put(ApiMethod.EDIT_DOMAIN, c -> c.domains().edit(EditDomainRequest
                    .builder("example.com").mailforwarding(false).lock(true)
                    .nameservers(nameservers).build()), d -> {
                        assertEquals(Boolean.TRUE, d.locked());
                        assertEquals(nameservers, d.nameservers());
                    });
            put(ApiMethod.FIND_DOMAINS, c -> c.domains().find("njalla4j"), offers -> {
                assertEquals(2, offers.size());
                assertEquals("available", offers.get(0).status());
                assertEquals(45, offers.get(1).price());
            });
            put(ApiMethod.GET_DOMAIN, c -> c.domains().get("example.com"), d -> {
                assertEquals("example.com", d.name());
                assertEquals(Instant.parse("2021-06-29T23:53:03Z"), d.expiry());
                assertEquals("dsData", d.dnssecType());
                assertEquals(10, d.maxNameservers());
                assertNull(d.autorenew());
            });
            put(ApiMethod.GET_TLDS, c -> c.domains().tlds(), tlds -> {
                assertEquals(2, tlds.size());
                assertEquals(new TldInfo("com", 15, 10, true, tlds.get(0).raw()), tlds.get(0));
                assertEquals("co.uk", tlds.get(1).tld());
            });
            put(ApiMethod.IMPORT_ZONE, c -> {
                c.domains().importZone("example.com",
                        "$ORIGIN example.com.\nwww 3600 IN A 192.0.2.10\n");
                return null;
            }, ignored -> { });
            put(ApiMethod.LIST_DOMAINS, c -> c.domains().list(), domains -> {
                assertEquals(2, domains.size());
                assertEquals("inactive", domains.get(1).status());
                assertEquals(Boolean.TRUE, domains.get(1).autorenew());
            });
            put(ApiMethod.REGISTER_DOMAIN, c -> c.domains().register("example.org", 2),
                    task -> assertEquals("task-7", task));
            put(ApiMethod.RENEW_DOMAIN, c -> c.domains().renew("example.com", 1),
                    task -> assertEquals("task-8", task));
        }
    }

    static final class RecordCases {
        static void register() {
            put(ApiMethod.ADD_RECORD, c -> c.records().add(AddRecordRequest.txt("example.com",
                    "_acme-challenge", "Z2V0LWEtY2VydGlmaWNhdGU", 60)), r -> {
                        assertEquals("188137", r.id());
                        assertTrue(r.hasContent("Z2V0LWEtY2VydGlmaWNhdGU"));
                    });
            put(ApiMethod.EDIT_RECORD, c -> c.records().edit(EditRecordRequest
                    .builder("example.com", "133765").type("txt").content("new-value").ttl(300)
                    .build()), r -> {
                        assertEquals("new-value", r.content());
                        assertEquals(300, r.ttl());
                    });
            put(ApiMethod.LIST_RECORDS, c -> c.records().list("example.com"), records -> {
                assertEquals(7, records.size());
                assertEquals("133763", records.get(0).id());
                assertEquals("Dynamic", records.get(2).type());
            });
            put(ApiMethod.REMOVE_RECORD, c -> {
                c.records().remove("example.com", "133765");
                return null;
            }, ignored -> { });
        }
    }

    static final class SmallFamilyCases {
        static void register() {
            put(ApiMethod.ADD_GLUE, c -> {
                c.glue().add("example.com", "ns1", "192.0.2.53", "2001:db8::53");
                return null;
            }, ignored -> { });
            put(ApiMethod.EDIT_GLUE, c -> {
                c.glue().edit("example.com", "ns1", "192.0.2.54", null);
                return null;
            }, ignored -> { });
            put(ApiMethod.LIST_GLUE, c -> c.glue().list("example.com"), glue -> {
                assertEquals(2, glue.size());
                assertEquals("2001:db8::53", glue.get(0).address6());
                assertNull(glue.get(1).address6());
            });
            put(ApiMethod.REMOVE_GLUE, c -> {
                c.glue().remove("example.com", "ns1");
                return null;
            }, ignored -> { });
            put(ApiMethod.ADD_FORWARD, c -> c.forwards().add("example.com", "info",
                    "owner@example.net"), f -> assertEquals("owner@example.net", f.to()));
            put(ApiMethod.LIST_FORWARDS, c -> c.forwards().list("example.com"), forwards -> {
                assertEquals(2, forwards.size());
                assertEquals("example.com", forwards.get(1).domain());
                assertEquals("abuse", forwards.get(1).from());
            });
            put(ApiMethod.REMOVE_FORWARD, c -> {
                c.forwards().remove("example.com", "info", "owner@example.net");
                return null;
            }, ignored -> { });
            put(ApiMethod.ADD_DNSSEC, c -> {
                c.dnssec().add(AddDnssecRequest.ds("example.com", 13, 2371, 2, DIGEST));
                return null;
            }, ignored -> { });
            put(ApiMethod.LIST_DNSSEC, c -> c.dnssec().list("example.com"), records -> {
                assertEquals("7", records.get(0).id());
                assertEquals(2371, records.get(0).keyTag());
                assertEquals(DIGEST, records.get(0).digest());
                assertNull(records.get(0).publicKey());
                assertEquals(15, records.get(1).algorithm());
                assertNotNull(records.get(1).publicKey());
            });
            put(ApiMethod.REMOVE_DNSSEC, c -> {
                c.dnssec().remove("example.com", "7");
                return null;
            }, ignored -> { });
        }
    }

    static final class ServerCases {
        static void register() {
            put(ApiMethod.ADD_SERVER, c -> c.servers().add(AddServerRequest.builder("web1",
                    "njalla1", "debian-12", SSH_KEY, 3).autorenew(true).build()),
                    ServerCases::assertWeb1);
            put(ApiMethod.ADD_TRAFFIC, c -> c.servers().addTraffic("srv-1", 100, 1, true), t -> {
                assertEquals("tr-1", t.id());
                assertEquals(Instant.parse("2027-01-04T00:00:00Z"), t.expiry());
            });
            put(ApiMethod.EDIT_SERVER, c -> c.servers().edit(EditServerRequest.builder("srv-1")
                    .name("web2").reverseName("web2.example.com").build()), s -> {
                        assertEquals("srv-1", s.id());
                        assertEquals("web2.example.com", s.reverseName());
                    });
            put(ApiMethod.GET_SERVER, c -> c.servers().get("srv-1"), ServerCases::assertWeb1);
            put(ApiMethod.LIST_SERVER_IMAGES, c -> c.servers().images(), images ->
                    assertEquals(List.of("debian-12", "ubuntu-24.04"),
                            images.stream().map(ServerImage::name).toList()));
            put(ApiMethod.LIST_SERVER_TYPES, c -> c.servers().types(), types -> {
                assertEquals(1536, types.get(0).memory());
                assertEquals("njalla2", types.get(1).name());
            });
            put(ApiMethod.LIST_SERVERS, c -> c.servers().list(),
                    servers -> assertWeb1(servers.get(0)));
            put(ApiMethod.LIST_TRAFFIC, c -> c.servers().listTraffic("srv-1"),
                    traffic -> assertEquals(100, traffic.get(0).amount()));
            put(ApiMethod.REMOVE_SERVER, c -> c.servers().remove("srv-1"),
                    task -> assertEquals(Optional.of("task-9"), task));
            put(ApiMethod.RENEW_SERVER, c -> c.servers().renew("srv-1", 6),
                    s -> assertEquals(Instant.parse("2027-09-04T10:00:00Z"), s.expiry()));
            put(ApiMethod.RESET_SERVER, c -> c.servers().reset(ResetServerRequest.builder("srv-1")
                    .os("debian-12").build()), s -> assertEquals("installing", s.status()));
            put(ApiMethod.RESTART_SERVER, c -> c.servers().restart("srv-1"),
                    s -> assertEquals("srv-1", s.id()));
            put(ApiMethod.START_SERVER, c -> c.servers().start("srv-1"),
                    s -> assertEquals("running", s.status()));
            put(ApiMethod.STOP_SERVER, c -> c.servers().stop("srv-1"),
                    s -> assertEquals("stopped", s.status()));
        }

        static void assertWeb1(Server server) {
            assertEquals("srv-1", server.id());
            assertEquals("web1", server.name());
            assertEquals(List.of("192.0.2.20", "2001:db8::20"), server.ips());
            assertEquals(Boolean.TRUE, server.autorenew());
            assertEquals(SSH_KEY, server.raw().path("ssh_key").asText());
        }
    }

    static final class AccountCases {
        static void register() {
            put(ApiMethod.DELETE_ACCOUNT, c -> {
                c.user().deleteAccount();
                return null;
            }, ignored -> { });
            put(ApiMethod.LOGIN, c -> {
                c.user().login("owner@example.com", "correct horse battery staple");
                return null;
            }, ignored -> { });
            put(ApiMethod.LOGOUT, c -> {
                c.user().logout();
                return c.hasSession();
            }, session -> assertFalse(session));
            put(ApiMethod.ADD_VPN, c -> c.vpns().add("laptop", true), AccountCases::assertVpn);
            put(ApiMethod.EDIT_VPN, c -> c.vpns().edit(EditVpnRequest.builder("vpn-1")
                    .backend("WireGuard").generateKey().build()), v -> {
                        assertEquals("vpn-1", v.id());
                        assertEquals("AAuR2pWSUYqLU8d9RTVJXbX5hPkmOcKqt60cqvT0bAM=", v.publicKey());
                    });
            put(ApiMethod.GET_VPN, c -> c.vpns().get("vpn-1"), AccountCases::assertVpn);
            put(ApiMethod.LIST_VPNS, c -> c.vpns().list(), vpns -> assertVpn(vpns.get(0)));
            put(ApiMethod.REMOVE_VPN, c -> {
                c.vpns().remove("vpn-1");
                return null;
            }, ignored -> { });
            put(ApiMethod.RENEW_VPN, c -> c.vpns().renew("vpn-1", 3),
                    v -> assertEquals(Instant.parse("2027-04-01T00:00:00Z"), v.expiry()));
            put(ApiMethod.ADD_PAYMENT, c -> c.wallet().addPayment(15, "bitcoin"), p -> {
                assertEquals(15, p.amount());
                assertEquals("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", p.address());
                assertNull(p.url());
            });
            put(ApiMethod.GET_BALANCE, c -> c.wallet().balance(),
                    balance -> assertEquals(new BigDecimal("45"), balance));
            put(ApiMethod.GET_PAYMENT, c -> c.wallet().getPayment("pay-1"),
                    p -> assertEquals("pending", p.status()));
            put(ApiMethod.LIST_TRANSACTIONS, c -> c.wallet().listTransactions(), txs -> {
                assertEquals("bitcoin payment", txs.get(0).description());
                assertEquals(new BigDecimal("-15.5"), txs.get(1).amount());
                assertEquals("renewal example.com", txs.get(1).description());
                assertEquals("2026-12-01", txs.get(1).created());
            });
        }

        static void assertVpn(Vpn vpn) {
            assertEquals("vpn-1", vpn.id());
            assertEquals("wireguard", vpn.backend());
            assertEquals(Boolean.TRUE, vpn.autorenew());
        }
    }
}

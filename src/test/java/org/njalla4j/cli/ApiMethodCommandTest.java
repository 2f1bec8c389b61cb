package org.njalla4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.njalla4j.client.ApiMethod;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class ApiMethodCommandTest {

    private static final String SECRET = "s3cret-value";

    @TempDir
    Path dir;

    private MockApi api;
    private Path secretFile;

    @BeforeEach
    void start() throws Exception {
        api = new MockApi();
        secretFile = dir.resolve("secret");
        Files.writeString(secretFile, "  \"" + SECRET + "\"\n");
        Files.setPosixFilePermissions(secretFile, PosixFilePermissions.fromString("rw-------"));
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    /** Method, arguments separated by '|' ({SECRET} is a 0600 file), expected params. */
    static Stream<Arguments> samples() {
        return Stream.of(
            row("add-token", "--comment|ci|--from|10.0.0.1|--from|10.0.0.0/8|--allowed-domains"
                    + "|a.com,b.com|--allowed-servers|s1|--allowed-methods|add-record"
                    + "|--allowed-prefixes|_acme-challenge|--allowed-types|TXT|--acme",
                "{'comment':'ci','from':['10.0.0.1','10.0.0.0/8'],'allowed_domains':['a.com',"
                    + "'b.com'],'allowed_servers':['s1'],'allowed_methods':['add-record'],"
                    + "'allowed_prefixes':['_acme-challenge'],'allowed_types':['TXT'],"
                    + "'acme':true}"),
            row("check-task", "--id|t-1", "{'id':'t-1'}"),
            row("edit-token", "--key-file|{SECRET}|--comment|new|--from|192.0.2.1"
                    + "|--allowed-domains|example.com|--allowed-servers|s1|--allowed-methods"
                    + "|list-records|--allowed-prefixes|www|--allowed-types|A",
                "{'key':'" + SECRET + "','comment':'new','from':['192.0.2.1'],"
                    + "'allowed_domains':['example.com'],'allowed_servers':['s1'],"
                    + "'allowed_methods':['list-records'],'allowed_prefixes':['www'],"
                    + "'allowed_types':['A']}"),
            row("list-tokens", "", "{}"),
            row("remove-token", "--key-file|{SECRET}", "{'key':'" + SECRET + "'}"),
            row("edit-domain", "--domain|example.com|--mailforwarding=false|--dnssec"
                    + "|--lock=true|--contacts|{\"owner\":{\"name\":\"A\"}}|--nameservers"
                    + "|ns1.example.net|--nameservers|ns2.example.net",
                "{'domain':'example.com','mailforwarding':false,'dnssec':true,'lock':true,"
                    + "'contacts':{'owner':{'name':'A'}},"
                    + "'nameservers':['ns1.example.net','ns2.example.net']}"),
            row("find-domains", "--query|example", "{'query':'example'}"),
            row("get-domain", "--domain|example.com", "{'domain':'example.com'}"),
            row("get-tlds", "", "{}"),
            row("import-zone", "--domain|example.com|--zone|@ 3600 IN A 192.0.2.1",
                "{'domain':'example.com','zone':'@ 3600 IN A 192.0.2.1'}"),
            row("list-domains", "", "{}"),
            row("register-domain", "--domain|example.org|--years|2",
                "{'domain':'example.org','years':2}"),
            row("renew-domain", "--domain|example.com|--years|1",
                "{'domain':'example.com','years':1}"),
            row("add-record", "--domain|example.com|--type|txt|--name|_acme-challenge"
                    + "|--content|abc|--ttl|60",
                "{'domain':'example.com','type':'TXT','name':'_acme-challenge',"
                    + "'content':'abc','ttl':60}"),
            row("edit-record", "--domain|example.com|--id|42|--content|10|--prio|20"
                    + "|--type|MX|--ttl|300",
                "{'id':'42','domain':'example.com','type':'MX','content':'10','ttl':300,"
                    + "'prio':20}"),
            row("list-records", "--domain|example.com", "{'domain':'example.com'}"),
            row("remove-record", "--domain|example.com|--id|42",
                "{'domain':'example.com','id':'42'}"),
            row("add-glue", "--domain|example.com|--name|ns1|--address4|192.0.2.53"
                    + "|--address6|2001:db8::53",
                "{'domain':'example.com','name':'ns1','address4':'192.0.2.53',"
                    + "'address6':'2001:db8::53'}"),
            row("edit-glue", "--domain|example.com|--name|ns1|--address4|192.0.2.54",
                "{'domain':'example.com','name':'ns1','address4':'192.0.2.54'}"),
            row("list-glue", "--domain|example.com", "{'domain':'example.com'}"),
            row("remove-glue", "--domain|example.com|--name|ns1",
                "{'domain':'example.com','name':'ns1'}"),
            row("add-forward", "--domain|example.com|--from|info|--to|me@example.net",
                "{'domain':'example.com','from':'info','to':'me@example.net'}"),
            row("list-forwards", "--domain|example.com", "{'domain':'example.com'}"),
            row("remove-forward", "--domain|example.com|--from|info|--to|me@example.net",
                "{'domain':'example.com','from':'info','to':'me@example.net'}"),
            row("add-dnssec", "--domain|example.com|--algorithm|13|--digest|abcd"
                    + "|--digest-type|2|--key-tag|12345|--public-key|AwEAAa",
                "{'domain':'example.com','algorithm':13,'digest':'abcd','digest_type':2,"
                    + "'key_tag':12345,'public_key':'AwEAAa'}"),
            row("list-dnssec", "--domain|example.com", "{'domain':'example.com'}"),
            row("remove-dnssec", "--domain|example.com|--id|7",
                "{'domain':'example.com','id':'7'}"),
            row("add-server", "--name|web|--type|small|--os|debian12|--ssh-key"
                    + "|ssh-ed25519 AAAA test|--months|1|--autorenew",
                "{'name':'web','type':'small','os':'debian12','ssh_key':'ssh-ed25519 AAAA test',"
                    + "'months':1,'autorenew':true}"),
            row("add-traffic", "--id|s1|--amount|100|--months|1|--starts-today=false",
                "{'id':'s1','amount':100,'months':1,'starts_today':false}"),
            row("edit-server", "--id|s1|--name|web2|--type|large|--ssh-key|k"
                    + "|--reverse-name|web.example.com|--autorenew=false",
                "{'id':'s1','name':'web2','type':'large','ssh_key':'k',"
                    + "'reverse_name':'web.example.com','autorenew':false}"),
            row("get-server", "--id|s1", "{'id':'s1'}"),
            row("list-server-images", "", "{}"),
            row("list-server-types", "", "{}"),
            row("list-servers", "", "{}"),
            row("list-traffic", "--id|s1", "{'id':'s1'}"),
            row("remove-server", "--id|s1", "{'id':'s1'}"),
            row("renew-server", "--id|s1|--months|3", "{'id':'s1','months':3}"),
            row("reset-server", "--id|s1|--os|debian12|--ssh-key|k|--type|small",
                "{'id':'s1','os':'debian12','ssh_key':'k','type':'small'}"),
            row("restart-server", "--id|s1", "{'id':'s1'}"),
            row("start-server", "--id|s1", "{'id':'s1'}"),
            row("stop-server", "--id|s1", "{'id':'s1'}"),
            row("delete-account", "", "{}"),
            row("login", "--email|me@example.com|--xmpp|me@xmpp.example|--password-file"
                    + "|{SECRET}",
                "{'email':'me@example.com','xmpp':'me@xmpp.example','password':'" + SECRET
                    + "'}"),
            row("logout", "", "{}"),
            row("add-vpn", "--name|laptop|--autorenew", "{'name':'laptop','autorenew':true}"),
            row("edit-vpn", "--id|v1|--name|phone|--autorenew=true|--backend|wireguard"
                    + "|--publickey|PUB",
                "{'id':'v1','name':'phone','autorenew':true,'backend':'wireguard',"
                    + "'publickey':'PUB'}"),
            row("get-vpn", "--id|v1", "{'id':'v1'}"),
            row("list-vpns", "", "{}"),
            row("remove-vpn", "--id|v1", "{'id':'v1'}"),
            row("renew-vpn", "--id|v1|--months|12", "{'id':'v1','months':12}"),
            row("add-payment", "--amount|15|--via|bitcoin", "{'amount':15,'via':'bitcoin'}"),
            row("get-balance", "", "{}"),
            row("get-payment", "--id|p1", "{'id':'p1'}"),
            row("list-transactions", "", "{}"));
    }

    private static Arguments row(String method, String args, String expectedJson) {
        return Arguments.of(method, args, expectedJson.replace('\'', '"'));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void apiMethod_sendsExactParams(String method, String args, String expectedJson)
            throws Exception {
        api.result("{}");

        CliRunner.Result result = api.runner().run(argv(method, args));

        assertEquals(0, result.exitCode(), result.err());
        if (!method.equals("add-token")) {
            assertEquals("", result.err());
        }
        RecordedRequest request = api.takeRequest();
        assertEquals("Njalla " + MockApi.TOKEN, request.getHeader("Authorization"));
        JsonNode body = MockApi.MAPPER.readTree(request.getBody().readUtf8());
        assertEquals(method, body.path("method").asText());
        assertEquals(MockApi.MAPPER.readTree(expectedJson), body.path("params"));
    }

    @Test
    void samples_coverEveryApiMethod() {
        Set<String> covered = samples().map(row -> (String) row.get()[0])
                .collect(Collectors.toSet());
        Set<String> all = Arrays.stream(ApiMethod.values()).map(ApiMethod::wireName)
                .collect(Collectors.toSet());
        assertEquals(all, covered);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void apiMethod_withoutRequiredOptions_sendsNothing(String method, String args,
            String expectedJson) {
        ApiMethod catalogued = ApiMethod.byWireName(method).orElseThrow();
        if (catalogued.params().stream().noneMatch(ApiMethod.Param::required)) {
            return;
        }

        CliRunner.Result result = api.runner().run(method);

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("Missing required option"), result.err());
        assertEquals(0, api.requestCount());
    }

    @Test
    void secretOptions_takeOnlyFiles() {
        CommandLine tree = Main.fullTree(CliContext.system());
        for (ApiMethod method : ApiMethod.values()) {
            CommandLine sub = tree.getSubcommands().get(method.wireName());
            for (ApiMethod.Param param : method.params()) {
                String plain = "--" + param.name().replace('_', '-');
                OptionSpec option = sub.getCommandSpec().findOption(plain);
                if (param.secret()) {
                    assertEquals(null, option, method.wireName() + " " + plain);
                    assertTrue(sub.getCommandSpec().findOption(plain + "-file") != null);
                }
            }
            assertEquals(null, sub.getCommandSpec().findOption("--token"), method.wireName());
        }
    }

    @Test
    void secret_fromStandardInput() throws Exception {
        api.result("{}");

        CliRunner.Result result = api.runner().stdin(SECRET + "\n")
                .run("remove-token", "--key-file", "-");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(SECRET, api.takeBody().path("params").path("key").asText());
    }

    @Test
    void secretFile_readableByOthers_isRejected() throws Exception {
        Files.setPosixFilePermissions(secretFile, PosixFilePermissions.fromString("rw-r--r--"));

        CliRunner.Result result = api.runner().run("remove-token", "--key-file",
                secretFile.toString());

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("chmod 600 " + secretFile), result.err());
        assertFalse(result.err().contains(SECRET));
        assertEquals(0, api.requestCount());
    }

    @Test
    void addRecord_badTtl_sendsNothing() {
        CliRunner.Result result = api.runner().run("add-record", "--domain", "example.com",
                "--type", "TXT", "--name", "x", "--content", "v", "--ttl", "61");

        assertEquals(2, result.exitCode());
        assertEquals("njalla add-record: invalid ttl 61; use one of "
                + "[60, 300, 900, 3600, 10800, 21600, 86400]\n", result.err());
        assertEquals(0, api.requestCount());
    }

    @Test
    void addRecord_fieldOfOtherType_sendsNothing() {
        CliRunner.Result result = api.runner().run("add-record", "--domain", "example.com",
                "--type", "TXT", "--name", "x", "--content", "v", "--prio", "10");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("'prio' does not apply to type TXT"), result.err());
        assertEquals(0, api.requestCount());
    }

    @Test
    void addRecord_emptyName_sendsNothing() {
        CliRunner.Result result = api.runner().run("add-record", "--domain", "example.com",
                "--type", "A", "--name", "", "--content", "192.0.2.1");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("use '@' for the apex"), result.err());
        assertEquals(0, api.requestCount());
    }

    @Test
    void integerOption_badValue_namesOption() {
        CliRunner.Result result = api.runner().run("register-domain", "--domain",
                "example.org", "--years", "two");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--years"), result.err());
        assertTrue(result.err().contains("'two'"), result.err());
        assertEquals(0, api.requestCount());
    }

    @Test
    void jsonOption_badValue_namesOption() {
        CliRunner.Result result = api.runner().run("edit-domain", "--domain", "example.com",
                "--contacts", "{not json");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--contacts"), result.err());
        assertEquals(0, api.requestCount());
    }

    @Test
    void requiredString_empty_sendsNothing() {
        CliRunner.Result result = api.runner().run("get-domain", "--domain", " ");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("empty value for --domain"), result.err());
        assertEquals(0, api.requestCount());
    }

    @Test
    void login_withoutToken_sendsNoAuthorization() throws Exception {
        api.result("{}");

        CliRunner.Result result = new CliRunner().env("NJALLA_API_URL", api.url())
                .run("login", "--email", "me@example.com", "--password-file",
                        secretFile.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(null, api.takeRequest().getHeader("Authorization"));
    }

    @Test
    void help_listsParamsWithKind() {
        CliRunner.Result result = new CliRunner().run("add-record", "--help");

        assertEquals(0, result.exitCode());
        List<String> expected = List.of("--domain=DOMAIN", "API parameter ttl: integer, optional",
                "API parameter type: string, required", "60, 300, 900", "Exit codes:");
        for (String text : expected) {
            assertTrue(result.out().contains(text), text + " in " + result.out());
        }
    }

    private String[] argv(String method, String args) {
        Stream<String> rest = args.isEmpty() ? Stream.empty()
                : Arrays.stream(args.split("\\|"))
                        .map(arg -> arg.replace("{SECRET}", secretFile.toString()));
        return Stream.concat(Stream.of(method), rest).toArray(String[]::new);
    }

    static Stream<Arguments> invalidInputs() {
        String[] record = {"add-record", "--domain", "example.com", "--name", "x"};
        return Stream.of(
                Arguments.of(join(record, "--type", "A", "--content", "notanip"),
                        "invalid content 'notanip' for type A"),
                Arguments.of(join(record, "--type", "AAAA", "--content", "1.2.3.4"),
                        "invalid content '1.2.3.4' for type AAAA"),
                Arguments.of(join(record, "--type", "MX", "--content", "mx.example.com"),
                        "missing prio for type MX"),
                Arguments.of(join(record, "--type", "TXT", "--content", ""),
                        "empty content for type TXT"),
                Arguments.of(join(record, "--type", "TXT", "--content", "x".repeat(100_000)),
                        "content for type TXT has 100000 characters; the maximum is 2048"),
                Arguments.of(join(record, "--type", "SRV", "--content", "sip.example.com",
                        "--prio", "1", "--weight", "1"), "missing port for type SRV"),
                Arguments.of(new String[] {"add-record", "--domain", "example.com", "--name",
                    "a b", "--type", "TXT", "--content", "x"}, "invalid name 'a b'"),
                Arguments.of(new String[] {"add-record", "--domain", "example.com", "--name",
                    "a".repeat(64), "--type", "TXT", "--content", "x"},
                        "each label has at most 63 characters"),
                Arguments.of(new String[] {"add-token", "--from", "notanip"},
                        "add-token: invalid from entry 'notanip'"),
                Arguments.of(new String[] {"edit-token", "--key-file", "SECRET", "--from",
                    "10.0.0.0/33"}, "edit-token: invalid from entry '10.0.0.0/33'"));
    }

    private static String[] join(String[] head, String... tail) {
        return Stream.concat(Arrays.stream(head), Arrays.stream(tail)).toArray(String[]::new);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalidInputs")
    void invalidInput_exitsTwoWithoutSending(String[] args, String expected) {
        String[] resolved = Arrays.stream(args)
                .map(arg -> arg.equals("SECRET") ? secretFile.toString() : arg)
                .toArray(String[]::new);

        CliRunner.Result result = api.runner().run(resolved);

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains(expected), result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().length() < 300, result.err());
        assertEquals(0, api.requestCount());
    }
}

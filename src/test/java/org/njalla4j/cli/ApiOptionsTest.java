package org.njalla4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiOptionsTest {

    private MockApi api;

    @BeforeEach
    void start() throws Exception {
        api = new MockApi();
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    @Test
    void apiUrlOption_overridesVariable() throws Exception {
        api.result("{}");

        CliRunner.Result result = new CliRunner()
                .env("NJALLA_API_URL", "http://127.0.0.1:9/unused/")
                .env("NJALLA_TOKEN", MockApi.TOKEN)
                .run("get-balance", "--api-url", api.url());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("/api/1/", api.takeRequest().getPath());
    }

    @Test
    void apiUrlVariable_invalid_exitsTwo() {
        CliRunner.Result result = new CliRunner()
                .env("NJALLA_API_URL", "not a url")
                .env("NJALLA_TOKEN", MockApi.TOKEN)
                .run("get-balance");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("NJALLA_API_URL 'not a url'"), result.err());
    }

    @Test
    void apiUrlVariable_empty_exitsTwo() {
        CliRunner.Result result = new CliRunner()
                .env("NJALLA_API_URL", "")
                .env("NJALLA_TOKEN", MockApi.TOKEN)
                .run("get-balance");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("NJALLA_API_URL is set but empty; unset it to use"
                + " https://njal.la/api/1/ or set the API URL"), result.err());
    }

    @Test
    void timeout_zero_exitsTwo() {
        CliRunner.Result result = api.runner().run("get-balance", "--connect-timeout", "0");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--connect-timeout"), result.err());
        assertEquals(0, api.requestCount());
    }

    @Test
    void timeout_overDay_exitsTwoNamingOption() {
        CliRunner.Result result = api.runner().run("get-balance", "--read-timeout", "25h");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--read-timeout"), result.err());
        assertTrue(result.err().contains("at most 24h"), result.err());
        assertEquals(0, api.requestCount());
    }

    @Test
    void timeout_decimalSeconds_accepted() throws Exception {
        api.result("{}");

        CliRunner.Result result = api.runner().run("get-balance", "--read-timeout", "1.5s");

        assertEquals(0, result.exitCode(), result.err());
    }

    @Test
    void tokenVariable_quoted_isSentClean() throws Exception {
        api.result("{}");

        CliRunner.Result result = new CliRunner().env("NJALLA_API_URL", api.url())
                .env("NJALLA_TOKEN", " \"" + MockApi.TOKEN + "\" ")
                .run("get-balance");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("Njalla " + MockApi.TOKEN, api.takeRequest().getHeader("Authorization"));
    }

    @Test
    void apiUrlVariable_empty_exitsTwoWithoutSending() {
        CliRunner.Result result = new CliRunner()
                .env("NJALLA_API_URL", "")
                .env("NJALLA_TOKEN", MockApi.TOKEN)
                .run("list-records", "--domain", "example.com");

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("NJALLA_API_URL is set but empty"), result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
    }

    @Test
    void apiUrlOption_empty_exitsTwo() {
        CliRunner.Result result = api.runner()
                .run("list-records", "--domain", "example.com", "--api-url", "");

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("--api-url is empty"), result.err());
        assertEquals(0, api.requestCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NJALLA_TOKEN", "NJALLA_TOKEN_FILE"})
    void tokenVariable_empty_exitsTwo(String variable) {
        CliRunner.Result result = new CliRunner().env("NJALLA_API_URL", api.url())
                .env(variable, "")
                .run("list-records", "--domain", "example.com");

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains(variable + " is set but empty"), result.err());
        assertEquals(0, api.requestCount());
    }

    @Test
    void tokenVariables_both_exitsTwo() {
        CliRunner.Result result = api.runner().env("NJALLA_TOKEN_FILE", "/nonexistent")
                .run("list-records", "--domain", "example.com");

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("set only one of them"), result.err());
        assertEquals(0, api.requestCount());
    }

    @Test
    void login_emptyTokenVariable_exitsTwo() {
        CliRunner.Result result = new CliRunner().env("NJALLA_API_URL", api.url())
                .env("NJALLA_TOKEN", "")
                .stdin("secret\n")
                .run("login", "--email", "u@example.com", "--password-file", "-");

        assertEquals(2, result.exitCode(), result.err());
        assertEquals(0, api.requestCount());
    }
}

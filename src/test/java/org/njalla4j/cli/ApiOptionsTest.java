package org.njalla4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
    void tokenVariable_quoted_isSentClean() throws Exception {
        api.result("{}");

        CliRunner.Result result = new CliRunner().env("NJALLA_API_URL", api.url())
                .env("NJALLA_TOKEN", " \"" + MockApi.TOKEN + "\" ")
                .run("get-balance");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("Njalla " + MockApi.TOKEN, api.takeRequest().getHeader("Authorization"));
    }
}

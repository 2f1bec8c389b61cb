package org.njalla4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerSettingsBuilderTest {

    @Test
    void editServer_sendsSettingsInCallOrder() {
        Map<String, Object> params = EditServerRequest.builder("srv-1").sshKey("ssh-ed25519 A")
                .type("njalla2").autorenew(false).build().toParams();
        assertEquals(List.of("id", "ssh_key", "type", "autorenew"),
                List.copyOf(params.keySet()));
        assertEquals("srv-1", params.get("id"));
        assertEquals("njalla2", params.get("type"));
    }

    @Test
    void resetServer_sendsSharedAndOwnSettings() {
        Map<String, Object> params = ResetServerRequest.builder("srv-2").os("debian-12")
                .type("njalla1").sshKey("ssh-ed25519 B").build().toParams();
        assertEquals(Map.of("id", "srv-2", "os", "debian-12", "type", "njalla1",
                "ssh_key", "ssh-ed25519 B"), params);
    }

    @Test
    void setters_rejectNull() {
        assertThrows(NullPointerException.class,
                () -> ResetServerRequest.builder("srv-1").sshKey(null));
        assertThrows(NullPointerException.class, () -> EditServerRequest.builder(null));
    }
}

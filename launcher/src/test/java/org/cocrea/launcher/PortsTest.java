package org.cocrea.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void aListeningPortIsTakenAndNamedInTheMessage() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();
            assertThat(Ports.isFree(port)).isFalse();
            assertThatThrownBy(() -> Ports.requireFree(port, "Keycloak", "set COCREA_KEYCLOAK_PORT"))
                    .isInstanceOf(LauncherException.class)
                    .hasMessageContaining(String.valueOf(port))
                    .hasMessageContaining("COCREA_KEYCLOAK_PORT");
            assertThat(Ports.firstFree(port)).isGreaterThan(port);
        }
    }
}

package org.cocrea.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class CocreaAuthenticationMechanismTest {

    @Test
    void aConnectionFailureAnywhereInTheCauseChainMeansTheProviderIsUnreachable() {
        var wrapped = new IllegalStateException("metadata", new UncheckedIOException(new ConnectException("refused")));

        assertThat(CocreaAuthenticationMechanism.providerUnreachable(wrapped)).isTrue();
        assertThat(CocreaAuthenticationMechanism.providerUnreachable(new IOException("timeout")))
                .isTrue();
    }

    @Test
    void otherFailuresAreNotMistakenForAnOutage() {
        assertThat(CocreaAuthenticationMechanism.providerUnreachable(new IllegalStateException("bad state")))
                .isFalse();
        assertThat(CocreaAuthenticationMechanism.providerUnreachable(
                        new IllegalArgumentException("x", new NullPointerException())))
                .isFalse();
    }
}

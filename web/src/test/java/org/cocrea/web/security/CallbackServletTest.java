package org.cocrea.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallbackServletTest {

    @ParameterizedTest
    @CsvSource({
        "/cocrea/index.xhtml, true",
        "/cocrea/admin/status.xhtml?x=1, true",
        "/cocrea, false",
        "/other/index.xhtml, false",
        "//evil.example/cocrea/, false",
        "https://evil.example/cocrea/, false",
        "/cocrea/../\\evil, false",
        "/cocrea/x?next=http://evil.example, false"
    })
    void returnsOnlyToPagesOfThisApplication(String target, boolean local) {
        assertThat(CallbackServlet.isLocal(target, "/cocrea")).isEqualTo(local);
    }

    @org.junit.jupiter.api.Test
    void noTargetIsNotLocal() {
        assertThat(CallbackServlet.isLocal(null, "/cocrea")).isFalse();
    }
}

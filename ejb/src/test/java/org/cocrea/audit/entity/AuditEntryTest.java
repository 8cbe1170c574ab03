package org.cocrea.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    @Test
    void keepsTheTimeAtThePrecisionPostgresStores() {
        AuditEntry e = new AuditEntry(Instant.parse("2026-01-02T03:04:05.123456789Z"), "ada", "a", "T", "1", null);

        assertThat(e.getOccurredAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05.123456Z"));
    }

    @Test
    void refusesAnEntryWithoutWhoWhatOrWhen() {
        Instant now = Instant.now();
        assertThatNullPointerException().isThrownBy(() -> new AuditEntry(null, "ada", "a", "T", null, null));
        assertThatNullPointerException().isThrownBy(() -> new AuditEntry(now, null, "a", "T", null, null));
        assertThatNullPointerException().isThrownBy(() -> new AuditEntry(now, "ada", null, "T", null, null));
        assertThatNullPointerException().isThrownBy(() -> new AuditEntry(now, "ada", "a", null, null, null));
    }
}

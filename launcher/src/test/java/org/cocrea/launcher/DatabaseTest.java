package org.cocrea.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import org.junit.jupiter.api.Test;

class DatabaseTest {

    @Test
    void anotherDatabaseOnTheSameServerKeepsHostPortAndParameters() throws Exception {
        Database db = unconnected("jdbc:postgresql://127.0.0.1:5432/test?ssl=false");

        assertThat(db.withDatabase("cocrea_it").url())
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/cocrea_it?ssl=false");
        assertThat(unconnected("jdbc:postgresql://db:5433/x").withDatabase("y").url())
                .isEqualTo("jdbc:postgresql://db:5433/y");
    }

    @Test
    void onlyPlainNamesAreAcceptedForDatabasesItCreates() throws Exception {
        Database db = unconnected("jdbc:postgresql://127.0.0.1:1/test");
        assertThatThrownBy(() -> db.freshDatabase("x; drop table y")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnreachableServerIsAClearMessage() {
        assertThatThrownBy(() -> Database.external("jdbc:postgresql://127.0.0.1:1/none", "u", "p"))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("not reachable")
                .hasMessageContaining("COCREA_DB_URL");
    }

    private static Database unconnected(String url) throws Exception {
        Constructor<Database> c = Database.class.getDeclaredConstructor(
                String.class, String.class, String.class, io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class);
        c.setAccessible(true);
        return c.newInstance(url, "u", "p", null);
    }
}

package org.cocrea.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.cocrea.platform.security.Roles;
import org.junit.jupiter.api.Test;

class MenuEntryTest {

    private final MenuEntry home = MenuEntry.item("h", "k", "i", "/index.xhtml");
    private final MenuEntry audit = MenuEntry.item("a", "k", "i", "/admin/audit.xhtml", Roles.ADMIN);
    private final MenuEntry group = MenuEntry.group("g", "k", "i", audit);

    @Test
    void anEntryWithoutRolesIsForEverySignedInUser() {
        assertThat(home.visibleTo(Set.of())).isTrue();
        assertThat(home.visibleTo(Set.of(Roles.CUSTOMER))).isTrue();
    }

    @Test
    void aRoleEntryShowsOnlyToThatRole() {
        assertThat(audit.visibleTo(Set.of(Roles.ADMIN))).isTrue();
        assertThat(audit.visibleTo(Set.of(Roles.EMPLOYEE, Roles.EXECUTIVE))).isFalse();
    }

    @Test
    void aGroupShowsOnlyWhenOneOfItsItemsDoes() {
        assertThat(group.visibleTo(Set.of(Roles.ADMIN))).isTrue();
        assertThat(group.visibleTo(Set.of(Roles.HR_ANALYST))).isFalse();
    }

    @Test
    void everyMenuPathIsAFacesPage() {
        Navigation.ENTRIES.stream()
                .flatMap(e -> e.isGroup() ? e.items().stream() : java.util.stream.Stream.of(e))
                .forEach(e -> assertThat(e.path()).startsWith("/").endsWith(".xhtml"));
    }
}

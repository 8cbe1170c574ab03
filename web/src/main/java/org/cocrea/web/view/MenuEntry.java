package org.cocrea.web.view;

import java.util.List;
import java.util.Set;

/**
 * One item of the main menu. An entry with no roles is for every signed-in user; a group's items
 * show only when the user may use at least one of them.
 */
public record MenuEntry(
        String id, String labelKey, String icon, String path, Set<String> roles, List<MenuEntry> items) {

    public static MenuEntry item(String id, String labelKey, String icon, String path, String... roles) {
        return new MenuEntry(id, labelKey, icon, path, Set.of(roles), List.of());
    }

    public static MenuEntry group(String id, String labelKey, String icon, MenuEntry... items) {
        return new MenuEntry(id, labelKey, icon, null, Set.of(), List.of(items));
    }

    public boolean isGroup() {
        return !items.isEmpty();
    }

    /** Whether a user holding {@code userRoles} may see this entry. */
    public boolean visibleTo(Set<String> userRoles) {
        if (isGroup()) {
            return items.stream().anyMatch(i -> i.visibleTo(userRoles));
        }
        return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
    }
}

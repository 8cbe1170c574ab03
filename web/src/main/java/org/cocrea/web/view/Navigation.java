package org.cocrea.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import org.cocrea.platform.security.Roles;
import org.cocrea.web.security.CurrentUser;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuElement;
import org.primefaces.model.menu.MenuModel;

/**
 * The main menu, built per request from the signed-in user's roles: each role sees only what it may
 * use. The pages themselves are protected in {@code web.xml} and the services by
 * {@code @RolesAllowed}; the menu only keeps people from dead ends.
 */
@Named
@RequestScoped
public class Navigation {

    /** The whole menu; features add their entries here. */
    public static final List<MenuEntry> ENTRIES = List.of(
            MenuEntry.item("menu-home", "menu.home", "pi pi-home", "/index.xhtml"),
            MenuEntry.item(
                    "menu-my-surveys",
                    "menu.mySurveys",
                    "pi pi-inbox",
                    "/my/surveys.xhtml",
                    Roles.EMPLOYEE,
                    Roles.HR_ANALYST,
                    Roles.INNOVATION_MANAGER,
                    Roles.EXECUTIVE,
                    Roles.ADMIN),
            MenuEntry.group(
                    "menu-people",
                    "menu.people",
                    "pi pi-users",
                    MenuEntry.item(
                            "menu-org",
                            "menu.org",
                            "pi pi-sitemap",
                            "/hr/organisation.xhtml",
                            Roles.HR_ANALYST,
                            Roles.ADMIN),
                    MenuEntry.item(
                            "menu-instruments",
                            "menu.instruments",
                            "pi pi-list-check",
                            "/hr/instruments.xhtml",
                            Roles.HR_ANALYST,
                            Roles.ADMIN),
                    MenuEntry.item(
                            "menu-rounds",
                            "menu.rounds",
                            "pi pi-send",
                            "/hr/rounds.xhtml",
                            Roles.HR_ANALYST,
                            Roles.ADMIN),
                    MenuEntry.item(
                            "menu-climate",
                            "menu.climate",
                            "pi pi-chart-bar",
                            "/climate/results.xhtml",
                            Roles.HR_ANALYST,
                            Roles.ADMIN,
                            Roles.EXECUTIVE)),
            MenuEntry.item(
                    "menu-my-profile",
                    "menu.myProfile",
                    "pi pi-id-card",
                    "/my/profile.xhtml",
                    Roles.CUSTOMER,
                    Roles.EMPLOYEE),
            MenuEntry.group(
                    "menu-cocreation",
                    "menu.cocreation",
                    "pi pi-lightbulb",
                    MenuEntry.item(
                            "menu-campaigns",
                            "menu.campaigns",
                            "pi pi-flag",
                            "/cocreation/campaigns.xhtml",
                            Roles.CUSTOMER,
                            Roles.EMPLOYEE,
                            Roles.INNOVATION_MANAGER,
                            Roles.EXECUTIVE,
                            Roles.ADMIN),
                    MenuEntry.item(
                            "menu-pipeline",
                            "menu.pipeline",
                            "pi pi-th-large",
                            "/cocreation/pipeline.xhtml",
                            Roles.INNOVATION_MANAGER,
                            Roles.EXECUTIVE,
                            Roles.ADMIN),
                    MenuEntry.item(
                            "menu-evaluations",
                            "menu.evaluations",
                            "pi pi-star",
                            "/cocreation/evaluations.xhtml",
                            Roles.INNOVATION_MANAGER,
                            Roles.EMPLOYEE,
                            Roles.ADMIN),
                    MenuEntry.item(
                            "menu-moderation",
                            "menu.moderation",
                            "pi pi-shield",
                            "/cocreation/moderation.xhtml",
                            Roles.INNOVATION_MANAGER,
                            Roles.ADMIN),
                    MenuEntry.item(
                            "menu-my-cocreation",
                            "menu.myCocreation",
                            "pi pi-trophy",
                            "/cocreation/mine.xhtml",
                            Roles.CUSTOMER,
                            Roles.EMPLOYEE,
                            Roles.INNOVATION_MANAGER,
                            Roles.ADMIN)),
            MenuEntry.group(
                    "menu-engagement",
                    "menu.engagement",
                    "pi pi-heart",
                    MenuEntry.item(
                            "menu-stakeholders",
                            "menu.stakeholders",
                            "pi pi-address-book",
                            "/engagement/stakeholders.xhtml",
                            Roles.INNOVATION_MANAGER,
                            Roles.ADMIN),
                    MenuEntry.item(
                            "menu-identification",
                            "menu.identification",
                            "pi pi-bullseye",
                            "/engagement/identification.xhtml",
                            Roles.INNOVATION_MANAGER,
                            Roles.ADMIN),
                    MenuEntry.item(
                            "menu-stakeholder-import",
                            "menu.stakeholderImport",
                            "pi pi-upload",
                            "/engagement/import.xhtml",
                            Roles.INNOVATION_MANAGER,
                            Roles.ADMIN),
                    MenuEntry.item(
                            "menu-engagement-overview",
                            "menu.engagementOverview",
                            "pi pi-chart-pie",
                            "/engagement/overview.xhtml",
                            Roles.INNOVATION_MANAGER,
                            Roles.EXECUTIVE,
                            Roles.ADMIN)),
            MenuEntry.group(
                    "menu-kpi",
                    "menu.kpi",
                    "pi pi-chart-line",
                    MenuEntry.item(
                            "menu-kpi-overview",
                            "menu.kpiOverview",
                            "pi pi-th-large",
                            "/kpi/overview.xhtml",
                            Roles.EXECUTIVE,
                            Roles.INNOVATION_MANAGER,
                            Roles.ADMIN),
                    MenuEntry.item(
                            "menu-kpi-definitions",
                            "menu.kpiDefinitions",
                            "pi pi-sliders-h",
                            "/kpi/definitions.xhtml",
                            Roles.INNOVATION_MANAGER,
                            Roles.ADMIN),
                    MenuEntry.item(
                            "menu-kpi-measurements",
                            "menu.kpiMeasurements",
                            "pi pi-pencil",
                            "/kpi/measurements.xhtml",
                            Roles.INNOVATION_MANAGER,
                            Roles.ADMIN),
                    MenuEntry.item(
                            "menu-kpi-reports",
                            "menu.kpiReports",
                            "pi pi-envelope",
                            "/kpi/reports.xhtml",
                            Roles.EXECUTIVE,
                            Roles.INNOVATION_MANAGER,
                            Roles.ADMIN),
                    MenuEntry.item("menu-kpi-admin", "menu.kpiAdmin", "pi pi-replay", "/kpi/admin.xhtml", Roles.ADMIN)),
            MenuEntry.group(
                    "menu-insights",
                    "menu.insights",
                    "pi pi-chart-line",
                    MenuEntry.item(
                            "menu-evidence",
                            "menu.evidence",
                            "pi pi-calculator",
                            "/insights/evidence.xhtml",
                            Roles.INNOVATION_MANAGER,
                            Roles.HR_ANALYST,
                            Roles.EXECUTIVE,
                            Roles.ADMIN)),
            MenuEntry.group(
                    "menu-admin",
                    "menu.admin",
                    "pi pi-cog",
                    MenuEntry.item(
                            "menu-admin-status",
                            "menu.admin.status",
                            "pi pi-server",
                            "/admin/status.xhtml",
                            Roles.ADMIN),
                    MenuEntry.item(
                            "menu-admin-audit",
                            "menu.admin.audit",
                            "pi pi-history",
                            "/admin/audit.xhtml",
                            Roles.ADMIN)));

    @Inject
    CurrentUser user;

    private MenuModel model;

    public MenuModel getModel() {
        if (model == null) {
            model = build(new HashSet<>(user.getRoles()));
        }
        return model;
    }

    private MenuModel build(Set<String> roles) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        String context = faces.getExternalContext().getRequestContextPath();
        DefaultMenuModel menu = new DefaultMenuModel();
        for (MenuEntry entry : ENTRIES) {
            if (entry.visibleTo(roles)) {
                menu.getElements().add(toElement(entry, roles, msg, context));
            }
        }
        return menu;
    }

    private static MenuElement toElement(MenuEntry entry, Set<String> roles, ResourceBundle msg, String context) {
        if (entry.isGroup()) {
            DefaultSubMenu sub = DefaultSubMenu.builder()
                    .id(entry.id())
                    .label(msg.getString(entry.labelKey()))
                    .icon(entry.icon())
                    .styleClass(entry.id())
                    .build();
            for (MenuEntry item : entry.items()) {
                if (item.visibleTo(roles)) {
                    sub.getElements().add(toElement(item, roles, msg, context));
                }
            }
            return sub;
        }
        return DefaultMenuItem.builder()
                .id(entry.id())
                .value(msg.getString(entry.labelKey()))
                .icon(entry.icon())
                .url(context + entry.path())
                .styleClass(entry.id())
                .build();
    }
}

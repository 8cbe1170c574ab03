package org.cocrea.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cocrea.reporting.boundary.KpiDashboards;
import org.cocrea.reporting.boundary.ReportSchedules;

/**
 * Scheduled reports: the overview of a scope mailed weekly or monthly to chosen people as PDF or
 * Excel; edit, send now, and the last sendings.
 */
@Named
@ViewScoped
public class ReportSchedulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportSchedules schedules;

    @Inject
    KpiDashboards dashboards;

    private List<ReportSchedules.ScheduleView> list;
    private Long editing;
    private Integer version;
    private boolean formOpen;
    private String name;
    private String frequency = "monthly";
    private String day = "1";
    private String hour = "7";
    private String scope = "organisation";
    private String grain = "month";
    private String periods = "12";
    private String format = "pdf";
    private String recipients;
    private boolean active = true;
    private Long deliveriesOf;
    private List<ReportSchedules.Delivery> deliveries;
    private List<KpiDashboards.ScopeOption> scopes;

    @PostConstruct
    void init() {
        list = schedules.list();
    }

    public void startNew() {
        editing = null;
        version = null;
        formOpen = true;
        name = null;
        frequency = "monthly";
        day = "1";
        hour = "7";
        scope = "organisation";
        grain = "month";
        periods = "12";
        format = "pdf";
        recipients = null;
        active = true;
    }

    public void edit(ReportSchedules.ScheduleView s) {
        editing = s.id();
        version = s.version();
        formOpen = true;
        name = s.name();
        frequency = s.frequency();
        day = String.valueOf(s.day());
        hour = String.valueOf(s.hour());
        scope = s.scope();
        grain = s.grain();
        periods = String.valueOf(s.periods());
        format = s.format();
        recipients = String.join(", ", s.recipients());
        active = s.active();
    }

    public void save() {
        ReportSchedules.ScheduleInput in = new ReportSchedules.ScheduleInput(
                name, frequency, day, hour, scope, grain, periods, format, "en", recipients, active);
        try {
            ReportSchedules.ScheduleView v =
                    editing == null ? schedules.create(in) : schedules.update(editing, in, version);
            list = schedules.list();
            formOpen = false;
            Pages.info(Pages.format("kpi.reports.saved", v.name(), Pages.when(v.nextRunAt())));
        } catch (RuntimeException e) {
            KpiForms.refused(e, "scheduleForm");
        }
    }

    public void cancel() {
        formOpen = false;
    }

    public void sendNow(ReportSchedules.ScheduleView s) {
        try {
            ReportSchedules.Delivery d = schedules.sendNow(s.id());
            list = schedules.list();
            if (d != null && "SENT".equals(d.status())) {
                Pages.info(Pages.format("kpi.reports.sent", s.name(), d.recipients()));
            } else {
                Pages.error(null, Pages.format("kpi.reports.failed", s.name(), d == null ? "" : d.message()));
            }
            showDeliveries(s);
        } catch (RuntimeException e) {
            KpiForms.refused(e, "scheduleForm");
        }
    }

    public void delete(ReportSchedules.ScheduleView s) {
        try {
            schedules.delete(s.id());
            list = schedules.list();
            Pages.info(Pages.format("kpi.reports.deleted", s.name()));
        } catch (RuntimeException e) {
            KpiForms.refused(e, "scheduleForm");
        }
    }

    public void showDeliveries(ReportSchedules.ScheduleView s) {
        deliveriesOf = s.id();
        deliveries = schedules.deliveries(s.id());
    }

    public String when(java.time.Instant t) {
        return t == null ? "\u2013" : Pages.when(t);
    }

    public String dayLabel(ReportSchedules.ScheduleView s) {
        return s.frequency().equals("weekly")
                ? Pages.msg("kpi.reports.weekday." + s.day())
                : Pages.format("kpi.reports.monthday", s.day());
    }

    public List<KpiDashboards.ScopeOption> getScopes() {
        if (scopes == null) {
            scopes = dashboards.scopes();
        }
        return scopes;
    }

    public String scopeLabel(KpiDashboards.ScopeOption o) {
        return switch (o.kind()) {
            case "organisation" -> Pages.msg("kpi.scope.organisation");
            case "unit" -> "\u00a0\u00a0".repeat(o.depth()) + o.label();
            default -> Pages.format("kpi.scope.campaign", o.label());
        };
    }

    public List<ReportSchedules.ScheduleView> getList() {
        return list;
    }

    public boolean isFormOpen() {
        return formOpen;
    }

    public Long getEditing() {
        return editing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFrequency() {
        return frequency;
    }

    public void setFrequency(String frequency) {
        this.frequency = frequency;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getHour() {
        return hour;
    }

    public void setHour(String hour) {
        this.hour = hour;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getGrain() {
        return grain;
    }

    public void setGrain(String grain) {
        this.grain = grain;
    }

    public String getPeriods() {
        return periods;
    }

    public void setPeriods(String periods) {
        this.periods = periods;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getRecipients() {
        return recipients;
    }

    public void setRecipients(String recipients) {
        this.recipients = recipients;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getDeliveriesOf() {
        return deliveriesOf;
    }

    public List<ReportSchedules.Delivery> getDeliveries() {
        return deliveries;
    }
}

package org.cocrea.reporting.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.cocrea.audit.boundary.AuditTrail;
import org.cocrea.climate.boundary.SurveyClock;
import org.cocrea.kpi.boundary.KpiTables;
import org.cocrea.kpi.control.Grain;
import org.cocrea.kpi.control.InvalidFieldException;
import org.cocrea.kpi.control.Period;
import org.cocrea.kpi.control.Scope;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.mail.MailException;
import org.cocrea.platform.mail.Mailer;
import org.cocrea.platform.persistence.CocreaDataSource;
import org.cocrea.platform.security.Roles;
import org.cocrea.reporting.control.DashboardFilter;
import org.cocrea.reporting.control.KpiFormat;
import org.cocrea.reporting.control.Overview;
import org.cocrea.reporting.control.ReportCalendar;
import org.cocrea.reporting.control.Tile;
import org.cocrea.reporting.entity.ReportSchedule;

/**
 * Scheduled reports: the overview of a scope mailed weekly or monthly, as PDF or Excel, to chosen
 * people (e-mail addresses or user names). A persistent timer looks for due schedules every quarter
 * of an hour; each schedule is sent in its own transaction under a row lock taken with SKIP LOCKED,
 * so one instance of a cluster sends it once. Each sending is logged, failures included.
 */
@Stateless
@RolesAllowed({Roles.EXECUTIVE, Roles.INNOVATION_MANAGER, Roles.ADMIN})
public class ReportSchedules {

    private static final Logger LOG = Logger.getLogger(ReportSchedules.class.getName());
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** The most recipients of one schedule. */
    public static final int MAX_RECIPIENTS = 50;

    /** A schedule as sent: every field as text. */
    public record ScheduleInput(
            String name,
            String frequency,
            String day,
            String hour,
            String scope,
            String grain,
            String periods,
            String format,
            String language,
            String recipients,
            Boolean active)
            implements Serializable {}

    /** A stored schedule. */
    public record ScheduleView(
            long id,
            String name,
            String frequency,
            int day,
            int hour,
            String scope,
            String grain,
            int periods,
            String format,
            String language,
            List<String> recipients,
            String owner,
            boolean active,
            Instant nextRunAt,
            Instant lastSentAt,
            String lastError,
            int version)
            implements Serializable {}

    /** One sending. */
    public record Delivery(long id, Instant sentAt, int recipients, String status, String message)
            implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = CocreaDataSource.JNDI_NAME)
    DataSource dataSource;

    @Resource
    SessionContext context;

    @Inject
    SurveyClock clock;

    @Inject
    Mailer mailer;

    @EJB
    AuditTrail audit;

    public List<ScheduleView> list() {
        return em.createNamedQuery(ReportSchedule.ALL, ReportSchedule.class).getResultList().stream()
                .map(ReportSchedules::view)
                .toList();
    }

    public ScheduleView get(long id) {
        return view(find(id, false));
    }

    /**
     * Creates a schedule.
     *
     * @throws BusinessRuleException naming every field at fault
     */
    public ScheduleView create(ScheduleInput in) {
        ReportSchedule s = new ReportSchedule(caller(), Instant.now());
        apply(s, in);
        em.persist(s);
        em.flush();
        audit.record("report.schedule", "report_schedule", String.valueOf(s.getId()), s.getName());
        return view(s);
    }

    /** Changes a schedule; with a version, refuses when someone else changed it meanwhile. */
    public ScheduleView update(long id, ScheduleInput in, Integer version) {
        ReportSchedule s = find(id, true);
        if (version != null && version != s.getVersion()) {
            throw BusinessRuleException.conflict("version", "Someone else changed the schedule; reload it.");
        }
        apply(s, in);
        em.flush();
        audit.record("report.schedule.change", "report_schedule", String.valueOf(id), s.getName());
        return view(s);
    }

    public void delete(long id) {
        ReportSchedule s = find(id, true);
        em.remove(s);
        audit.record("report.schedule.delete", "report_schedule", String.valueOf(id), s.getName());
    }

    /** Sends a schedule's report now (next time unchanged). */
    public Delivery sendNow(long id) {
        find(id, false);
        return context.getBusinessObject(ReportSchedules.class).deliver(id, false);
    }

    /** The latest sendings of a schedule, newest first. */
    public List<Delivery> deliveries(long id) {
        List<Delivery> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("select id, sent_at, recipients, status, message from"
                        + " report_delivery where schedule_id = ? order by sent_at desc, id desc limit 20")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Delivery(
                            rs.getLong(1),
                            rs.getTimestamp(2).toInstant(),
                            rs.getInt(3),
                            rs.getString(4),
                            rs.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** Every quarter of an hour: sends the schedules that are due. */
    @Schedule(hour = "*", minute = "*/15", persistent = true, info = "reports: scheduled KPI reports")
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        ReportSchedules self = context.getBusinessObject(ReportSchedules.class);
        for (long id : self.due()) {
            try {
                self.deliver(id, true);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Scheduled report " + id + " failed", e);
            }
        }
    }

    /** The ids of active schedules whose time has come. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due() {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement(
                        "select id from report_schedule where active and next_run_at <= ? order by next_run_at limit 100")) {
            st.setTimestamp(1, Timestamp.from(Instant.now()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    /**
     * Builds and mails one schedule's report in its own transaction. With {@code scheduled}, the
     * schedule must still be due and not locked by another instance (else nothing happens), and its
     * next time moves on.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Delivery deliver(long id, boolean scheduled) {
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement st = c.prepareStatement("select id from report_schedule where id = ?"
                    + (scheduled ? " and active and next_run_at <= ?" : "") + " for update skip locked")) {
                st.setLong(1, id);
                if (scheduled) {
                    st.setTimestamp(2, Timestamp.from(now));
                }
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                }
            }
            ReportSchedule s = em.find(ReportSchedule.class, id);
            ZoneId zone = clock.zone();
            String error = null;
            List<String> to = List.of();
            try {
                to = resolve(c, s.getRecipients(), "recipients");
                DashboardFilter f = filterOf(s);
                KpiDashboards reader = new KpiDashboards();
                reader.clock = clock;
                reader.dataSource = dataSource;
                KpiDashboards.Format format = s.getFormat() == ReportSchedule.Format.PDF
                        ? KpiDashboards.Format.PDF
                        : KpiDashboards.Format.XLSX;
                Overview o = reader.overview(c, f);
                byte[] file = reader.export(c, f, null, null, format);
                Mailer.Attachment attachment =
                        new Mailer.Attachment(KpiDashboards.fileName(f, null, format), format.contentType(), file);
                String subject = s.getName() + ": KPI report " + f.from() + " – " + f.to();
                String text = body(s, o);
                for (String address : to) {
                    mailer.send(new Mailer.Mail(address, subject, text), List.of(attachment));
                }
            } catch (MailException | BusinessRuleException e) {
                error = e.getMessage();
            }
            Instant next = scheduled
                    ? ReportCalendar.next(
                            s.getFrequency() == ReportSchedule.Frequency.WEEKLY,
                            s.getSendDay(),
                            s.getSendHour(),
                            now,
                            zone)
                    : s.getNextRunAt();
            s.sent(now, error, next);
            em.flush();
            long deliveryId;
            try (PreparedStatement st = c.prepareStatement("insert into report_delivery (id, schedule_id, sent_at,"
                    + " recipients, status, message) values (nextval('kpi_seq'), ?, ?, ?, ?, ?) returning id")) {
                st.setLong(1, id);
                st.setTimestamp(2, Timestamp.from(now));
                st.setInt(3, error == null ? to.size() : 0);
                st.setString(4, error == null ? "SENT" : "FAILED");
                st.setString(5, error == null ? null : error.substring(0, Math.min(1000, error.length())));
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    deliveryId = rs.getLong(1);
                }
            }
            return new Delivery(
                    deliveryId, now, error == null ? to.size() : 0, error == null ? "SENT" : "FAILED", error);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The overview the schedule sends: its number of complete periods up to the last complete one. */
    DashboardFilter filterOf(ReportSchedule s) {
        Period last = Period.of(s.getGrain(), clock.today()).previous();
        return new DashboardFilter(Scope.parse(s.getScope()), s.getGrain(), last.plus(1L - s.getPeriods()), last);
    }

    private static String body(ReportSchedule s, Overview o) {
        StringBuilder b = new StringBuilder();
        b.append("KPI report \"")
                .append(s.getName())
                .append("\" for ")
                .append(o.scopeLabel().isBlank() ? "the whole organisation" : o.scopeLabel())
                .append(", ")
                .append(o.filter().grain().code())
                .append("s ")
                .append(o.filter().from())
                .append(" to ")
                .append(o.filter().to())
                .append(".\n\n");
        b.append(o.count("green"))
                .append(" on target, ")
                .append(o.count("amber"))
                .append(" close, ")
                .append(o.count("red"))
                .append(" off target.\n\n");
        for (Tile t : o.tiles()) {
            b.append("- ")
                    .append(t.name())
                    .append(" (")
                    .append(t.period())
                    .append("): ")
                    .append(KpiFormat.value(t.value(), t.unit()));
            if (t.target() != null) {
                b.append(", target ").append(KpiFormat.value(t.target(), t.unit()));
            }
            b.append(" [").append(t.status()).append("]\n");
        }
        b.append("\nThe full report is attached.\n");
        return b.toString();
    }

    private void apply(ReportSchedule s, ScheduleInput in) {
        if (in == null) {
            throw BusinessRuleException.invalid("body", "Send the schedule.");
        }
        List<BusinessRuleException.FieldProblem> problems = new ArrayList<>();
        String name = in.name() == null ? "" : in.name().strip();
        if (name.isEmpty() || name.length() > 120) {
            problems.add(
                    new BusinessRuleException.FieldProblem("name", "Give the report a name of 1 to 120 characters."));
        }
        ReportSchedule.Frequency frequency = null;
        try {
            frequency = ReportSchedule.Frequency.valueOf(
                    in.frequency() == null ? "" : in.frequency().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new BusinessRuleException.FieldProblem("frequency", "Choose weekly or monthly."));
        }
        Integer day = integer(in.day(), "day", problems);
        if (day != null && frequency != null) {
            int max = frequency == ReportSchedule.Frequency.WEEKLY ? 7 : 28;
            if (day < 1 || day > max) {
                problems.add(new BusinessRuleException.FieldProblem(
                        "day",
                        frequency == ReportSchedule.Frequency.WEEKLY
                                ? "Choose the day of the week, 1 (Monday) to 7 (Sunday)."
                                : "Choose a day of the month from 1 to 28."));
            }
        }
        Integer hour =
                in.hour() == null || in.hour().isBlank() ? Integer.valueOf(7) : integer(in.hour(), "hour", problems);
        if (hour != null && (hour < 0 || hour > 23)) {
            problems.add(new BusinessRuleException.FieldProblem("hour", "Choose an hour from 0 to 23."));
        }
        Scope scope = null;
        try {
            scope = Scope.parse(in.scope(), "scope");
            try (Connection c = dataSource.getConnection()) {
                if (!KpiTables.knownScopes(c).test(scope)) {
                    problems.add(new BusinessRuleException.FieldProblem(
                            "scope", "There is no " + scope.kind().code() + " with the code " + scope.code() + "."));
                }
            }
        } catch (InvalidFieldException e) {
            problems.add(new BusinessRuleException.FieldProblem(e.field(), e.getMessage()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Grain grain = in.grain() == null || in.grain().isBlank()
                ? Grain.MONTH
                : Grain.fromCode(in.grain()).orElse(null);
        if (grain == null) {
            problems.add(new BusinessRuleException.FieldProblem("grain", "Choose the grain: " + Grain.codes() + "."));
        }
        Integer periods = in.periods() == null || in.periods().isBlank()
                ? Integer.valueOf(12)
                : integer(in.periods(), "periods", problems);
        if (periods != null && (periods < 1 || periods > 60)) {
            problems.add(new BusinessRuleException.FieldProblem("periods", "Show 1 to 60 periods."));
        }
        ReportSchedule.Format format = null;
        try {
            format = ReportSchedule.Format.valueOf(
                    in.format() == null ? "PDF" : in.format().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new BusinessRuleException.FieldProblem("format", "Choose pdf or xlsx."));
        }
        String language = in.language() == null || in.language().isBlank()
                ? "en"
                : in.language().strip();
        if (!language.equals("en") && !language.equals("zh")) {
            problems.add(new BusinessRuleException.FieldProblem("language", "Choose en or zh."));
        }
        try (Connection c = dataSource.getConnection()) {
            resolve(c, in.recipients(), "recipients");
        } catch (BusinessRuleException e) {
            problems.addAll(e.getFieldProblems());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (!problems.isEmpty()) {
            throw BusinessRuleException.invalid(problems.size() + " problem(s) in the schedule.", problems);
        }
        Instant next = ReportCalendar.next(
                frequency == ReportSchedule.Frequency.WEEKLY, day, hour, Instant.now(), clock.zone());
        s.apply(
                name,
                frequency,
                day,
                hour,
                scope.toString(),
                grain,
                periods,
                format,
                language,
                String.join(", ", splitRecipients(in.recipients())),
                in.active() == null || in.active(),
                next);
    }

    /** The addresses of the recipients: e-mail addresses as they are, user names looked up. */
    static List<String> resolve(Connection c, String text, String field) throws SQLException {
        List<String> names = splitRecipients(text);
        if (names.isEmpty()) {
            throw BusinessRuleException.invalid(
                    field, "Name at least one recipient: an e-mail address or a user name.");
        }
        if (names.size() > MAX_RECIPIENTS) {
            throw BusinessRuleException.invalid(field, "Name at most " + MAX_RECIPIENTS + " recipients.");
        }
        List<String> out = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String n : names) {
            if (EMAIL.matcher(n).matches()) {
                out.add(n);
                continue;
            }
            String email = null;
            try (PreparedStatement st = c.prepareStatement(
                    "select email from employee where username = ? and email is not null"
                            + " union all select email from participant where username = ? and email is not null"
                            + " union all select email from stakeholder where username = ? and email is not null limit 1")) {
                st.setString(1, n);
                st.setString(2, n);
                st.setString(3, n);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        email = rs.getString(1);
                    }
                }
            }
            if (email == null) {
                unknown.add(n);
            } else {
                out.add(email);
            }
        }
        if (!unknown.isEmpty()) {
            throw BusinessRuleException.invalid(
                    field,
                    "No e-mail address is known for " + String.join(", ", unknown)
                            + ". Write their addresses instead.");
        }
        return List.copyOf(new LinkedHashSet<>(out));
    }

    static List<String> splitRecipients(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text != null) {
            for (String part : text.split("[,;\\s]+")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return List.copyOf(out);
    }

    private static Integer integer(String text, String field, List<BusinessRuleException.FieldProblem> problems) {
        try {
            return Integer.valueOf(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            problems.add(new BusinessRuleException.FieldProblem(field, "Give " + field + " as a whole number."));
            return null;
        }
    }

    private ReportSchedule find(long id, boolean lock) {
        ReportSchedule s = lock
                ? em.find(ReportSchedule.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(ReportSchedule.class, id);
        if (s == null) {
            throw BusinessRuleException.invalid("id", "There is no report schedule " + id + ".");
        }
        return s;
    }

    static ScheduleView view(ReportSchedule s) {
        return new ScheduleView(
                s.getId(),
                s.getName(),
                s.getFrequency().name().toLowerCase(Locale.ROOT),
                s.getSendDay(),
                s.getSendHour(),
                s.getScope(),
                s.getGrain().code(),
                s.getPeriods(),
                s.getFormat().name().toLowerCase(Locale.ROOT),
                s.getLanguage(),
                splitRecipients(s.getRecipients()),
                s.getOwner(),
                s.isActive(),
                s.getNextRunAt(),
                s.getLastSentAt(),
                s.getLastError(),
                s.getVersion());
    }

    private String caller() {
        try {
            return context.getCallerPrincipal().getName();
        } catch (IllegalStateException e) {
            return "system";
        }
    }
}

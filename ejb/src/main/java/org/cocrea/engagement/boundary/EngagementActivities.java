package org.cocrea.engagement.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.cocrea.engagement.control.Activity;
import org.cocrea.engagement.control.ActivityInput;
import org.cocrea.engagement.control.OutcomeKind;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.BusinessRuleException.FieldProblem;
import org.cocrea.platform.persistence.CocreaDataSource;
import org.cocrea.platform.security.Roles;

/**
 * Activities and outcomes sent in from outside (the firm's web shop, community, CRM): one at a time
 * or in batches of up to {@value ActivityInput#MAX_BATCH}, all or nothing. Unknown stakeholders,
 * unknown activity types and future timestamps are refused, each problem naming its position and
 * field (e.g. {@code activities[3].type}).
 */
@Stateless
@RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN})
public class EngagementActivities {

    /** An outcome as sent to the API. */
    public record OutcomeInput(String stakeholderId, String kind, String timestamp, Double amount, String reference) {}

    @Resource(lookup = CocreaDataSource.JNDI_NAME)
    DataSource dataSource;

    @EJB
    ActivityLog log;

    /** Records one activity; returns 1. */
    public int record(ActivityInput input) {
        return write(List.of(input), false);
    }

    /** Records a batch, all or nothing; returns how many. */
    public int recordBatch(List<ActivityInput> batch) {
        return write(batch, true);
    }

    private int write(List<ActivityInput> batch, boolean indexed) {
        Instant now = Instant.now();
        ActivityInput.Checked checked = ActivityInput.checkBatch(batch, now);
        List<FieldProblem> problems = new ArrayList<>();
        for (ActivityInput.Problem p : checked.problems()) {
            problems.add(new FieldProblem(field(indexed, p.index(), p.field()), p.message()));
        }
        Map<String, Long> ids = ids(
                batch == null
                        ? List.of()
                        : batch.stream().map(ActivityInput::stakeholderId).toList());
        if (batch != null) {
            for (int i = 0; i < batch.size(); i++) {
                String external = batch.get(i).stakeholderId();
                if (external != null && !external.isBlank() && !ids.containsKey(external.strip())) {
                    problems.add(new FieldProblem(
                            field(indexed, i, "stakeholderId"),
                            "There is no stakeholder with the external id " + external.strip()
                                    + ". Import the stakeholder first."));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw BusinessRuleException.invalid(
                    problems.size() == 1
                            ? problems.get(0).message()
                            : problems.size() + " problems; nothing was recorded.",
                    problems);
        }
        List<ActivityLog.Entry> entries = new ArrayList<>();
        for (Activity a : checked.activities()) {
            entries.add(new ActivityLog.Entry(
                    ids.get(a.stakeholderId()),
                    a.type(),
                    a.at(),
                    a.channel(),
                    (int) a.weightMillis(),
                    "api",
                    null,
                    null));
        }
        return log.append(entries);
    }

    private static String field(boolean indexed, int index, String field) {
        return indexed ? "activities[" + index + "]." + field : field;
    }

    /** Records outcomes of contributions (capability evidence), all or nothing; returns how many. */
    public int recordOutcomes(List<OutcomeInput> outcomes) {
        List<FieldProblem> problems = new ArrayList<>();
        if (outcomes == null || outcomes.isEmpty()) {
            throw BusinessRuleException.invalid("outcomes", "Send at least one outcome.");
        }
        if (outcomes.size() > ActivityInput.MAX_BATCH) {
            throw BusinessRuleException.invalid(
                    "outcomes", "Send at most " + ActivityInput.MAX_BATCH + " outcomes at once; split the batch.");
        }
        Map<String, Long> ids =
                ids(outcomes.stream().map(OutcomeInput::stakeholderId).toList());
        Instant now = Instant.now();
        List<ActivityLog.Outcome> out = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            OutcomeInput o = outcomes.get(i);
            String p = "outcomes[" + i + "].";
            Long id =
                    o.stakeholderId() == null ? null : ids.get(o.stakeholderId().strip());
            if (id == null) {
                problems.add(new FieldProblem(
                        p + "stakeholderId",
                        o.stakeholderId() == null
                                ? "Give the stakeholder's external id."
                                : "There is no stakeholder with the external id " + o.stakeholderId() + "."));
            }
            OutcomeKind kind = OutcomeKind.fromCode(o.kind()).orElse(null);
            if (kind == null) {
                problems.add(new FieldProblem(
                        p + "kind",
                        (o.kind() == null ? "Give the kind" : "Unknown kind '" + o.kind() + "'") + "; use one of "
                                + OutcomeKind.codes() + "."));
            }
            Instant at = null;
            try {
                at = o.timestamp() == null
                        ? null
                        : OffsetDateTime.parse(o.timestamp()).toInstant();
            } catch (DateTimeParseException e) {
                // reported below
            }
            if (at == null) {
                problems.add(
                        new FieldProblem(p + "timestamp", "Give the time with its offset, e.g. 2026-03-01T14:30:00Z."));
            } else if (at.isAfter(now.plusSeconds(300))) {
                problems.add(new FieldProblem(p + "timestamp", "The time " + o.timestamp() + " is in the future."));
            }
            double amount = o.amount() == null ? 1 : o.amount();
            if (!(amount >= 0 && amount < 100_000)) {
                problems.add(new FieldProblem(
                        p + "amount", "The amount (hours to answer for answer_given) must be 0 or more."));
            }
            if (o.reference() != null && o.reference().length() > 120) {
                problems.add(new FieldProblem(p + "reference", "Keep the reference to 120 characters."));
            }
            if (id != null && kind != null && at != null) {
                out.add(new ActivityLog.Outcome(id, kind, at, amount, o.reference()));
            }
        }
        if (!problems.isEmpty()) {
            throw BusinessRuleException.invalid(problems.size() + " problems; nothing was recorded.", problems);
        }
        return log.appendOutcomes(out);
    }

    private Map<String, Long> ids(List<String> externalIds) {
        Set<String> wanted = new TreeSet<>();
        for (String s : externalIds) {
            if (s != null && !s.isBlank()) {
                wanted.add(s.strip());
            }
        }
        Map<String, Long> ids = new HashMap<>();
        if (wanted.isEmpty()) {
            return ids;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("select external_id, id from stakeholder"
                        + " where external_id = any(?) and erased_at is null")) {
            st.setArray(1, c.createArrayOf("varchar", wanted.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }
}

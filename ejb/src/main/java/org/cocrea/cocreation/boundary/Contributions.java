package org.cocrea.cocreation.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.cocrea.cocreation.control.Badge;
import org.cocrea.cocreation.control.Contribution;
import org.cocrea.cocreation.control.Recognition;
import org.cocrea.cocreation.control.Tally;
import org.cocrea.cocreation.entity.Participant;
import org.cocrea.engagement.boundary.ActivityLog;
import org.cocrea.engagement.control.ActivityType;
import org.cocrea.engagement.control.Channel;
import org.cocrea.engagement.control.OutcomeKind;
import org.cocrea.platform.persistence.CocreaDataSource;

/**
 * What follows from a contribution, in the contributor's transaction: the engagement activity (so
 * engagement and capability scores follow), the points and badges, and the notifications with their
 * e-mail copies queued. Points are credited once per reason and reference (a unique key), so a
 * retried request never pays twice.
 */
@Stateless
@PermitAll
public class Contributions {

    /** One notification to write. */
    public record Notice(String recipient, String kind, Long ideaId, String message) {}

    @Resource(lookup = CocreaDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    ActivityLog activityLog;

    /** Logs an engagement activity for a participant linked to a stakeholder; others are skipped. */
    public void activity(Participant p, ActivityType type, Instant at, String reference, String summary) {
        if (p == null || p.getStakeholderId() == null) {
            return;
        }
        activityLog.append(List.of(new ActivityLog.Entry(
                p.getStakeholderId(), type, at, Channel.WEB, 1000, "cocreation", reference, clip(summary, 500))));
    }

    /** Logs an activity for a stakeholder directly (participation tasks address stakeholders). */
    public void activity(long stakeholderId, ActivityType type, Instant at, String reference, String summary) {
        activityLog.append(List.of(new ActivityLog.Entry(
                stakeholderId, type, at, Channel.WEB, 1000, "cocreation", reference, clip(summary, 500))));
    }

    /** Records an outcome of a stakeholder's contribution (an idea accepted, a finding accepted …). */
    public void outcome(Long stakeholderId, OutcomeKind kind, Instant at, String reference) {
        if (stakeholderId == null) {
            return;
        }
        activityLog.appendOutcomes(List.of(new ActivityLog.Outcome(stakeholderId, kind, at, 1, reference)));
    }

    /**
     * Credits the points for a contribution once per reference and awards the badges the new tally
     * reaches; returns the badges newly earned.
     */
    public Set<Badge> award(String username, Contribution contribution, String reference) {
        if (username == null) {
            return Set.of();
        }
        try (Connection c = dataSource.getConnection()) {
            Tally before = tally(c, username);
            int inserted;
            try (PreparedStatement st = c.prepareStatement("insert into recognition_points (id, username, points,"
                    + " reason, reference, awarded_at) select nextval('cocreation_seq'), ?, ?, ?, ?, ?"
                    + " where exists (select 1 from participant where username = ?)"
                    + " on conflict (username, reason, reference) do nothing")) {
                st.setString(1, username);
                st.setInt(2, contribution.points());
                st.setString(3, contribution.name());
                st.setString(4, clip(reference, 80));
                st.setTimestamp(5, Timestamp.from(Instant.now()));
                st.setString(6, username);
                inserted = st.executeUpdate();
            }
            if (inserted == 0) {
                return Set.of();
            }
            try (PreparedStatement st =
                    c.prepareStatement("update participant set points = points + ? where username = ?")) {
                st.setInt(1, contribution.points());
                st.setString(2, username);
                st.executeUpdate();
            }
            Tally after = tally(c, username);
            Set<Badge> earned = Recognition.newBadges(before, after);
            if (!earned.isEmpty()) {
                List<Notice> notices = new ArrayList<>();
                try (PreparedStatement st = c.prepareStatement("insert into participant_badge (username, badge,"
                        + " awarded_at) values (?, ?, ?) on conflict do nothing")) {
                    for (Badge b : earned) {
                        st.setString(1, username);
                        st.setString(2, b.name());
                        st.setTimestamp(3, Timestamp.from(Instant.now()));
                        st.addBatch();
                        notices.add(new Notice(username, "BADGE", null, "You earned the badge “" + b.label() + "”."));
                    }
                    st.executeBatch();
                }
                notify(notices);
            }
            return earned;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The counts recognition is based on, read from the ledger. */
    private static Tally tally(Connection c, String username) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select reason, count(*), sum(points) from recognition_points"
                + " where username = ? group by reason")) {
            st.setString(1, username);
            java.util.Map<Contribution, Integer> counts = new java.util.EnumMap<>(Contribution.class);
            int points = 0;
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    counts.put(Contribution.valueOf(rs.getString(1)), rs.getInt(2));
                    points += rs.getInt(3);
                }
            }
            return new Tally(
                    counts.getOrDefault(Contribution.IDEA_SUBMITTED, 0),
                    counts.getOrDefault(Contribution.COMMENT_POSTED, 0),
                    counts.getOrDefault(Contribution.VOTE_CAST, 0),
                    counts.getOrDefault(Contribution.VOTE_RECEIVED, 0),
                    counts.getOrDefault(Contribution.IDEA_ADVANCED, 0),
                    counts.getOrDefault(Contribution.IDEA_LAUNCHED, 0),
                    counts.getOrDefault(Contribution.FINDING_SUBMITTED, 0),
                    counts.getOrDefault(Contribution.FINDING_ACCEPTED, 0),
                    points);
        }
    }

    /** Writes notifications; those to people who want mail are queued for {@link NotificationMailer}. */
    public void notify(Collection<Notice> notices) {
        if (notices.isEmpty()) {
            return;
        }
        Set<String> seen = new LinkedHashSet<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("insert into notification (id, recipient, kind, idea_id,"
                        + " message, created_at, mail_state) select nextval('cocreation_seq'), ?, ?, ?, ?, ?,"
                        + " case when p.email is not null and p.email_notifications then 'PENDING' else 'NONE' end"
                        + " from participant p where p.username = ?")) {
            Timestamp now = Timestamp.from(Instant.now());
            for (Notice n : notices) {
                if (n.recipient() == null || !seen.add(n.recipient() + "\u0000" + n.kind() + "\u0000" + n.ideaId())) {
                    continue;
                }
                st.setString(1, n.recipient());
                st.setString(2, n.kind());
                if (n.ideaId() == null) {
                    st.setNull(3, java.sql.Types.BIGINT);
                } else {
                    st.setLong(3, n.ideaId());
                }
                st.setString(4, clip(n.message(), 1000));
                st.setTimestamp(5, now);
                st.setString(6, n.recipient());
                st.addBatch();
            }
            st.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}

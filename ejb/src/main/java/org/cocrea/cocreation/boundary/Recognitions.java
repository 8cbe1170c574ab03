package org.cocrea.cocreation.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.cocreation.control.Badge;
import org.cocrea.cocreation.entity.Participant;
import org.cocrea.platform.security.Roles;

/** Recognition: the leaderboard (without those who opted out) and one's own points and badges. */
@Stateless
@RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE, Roles.CUSTOMER})
public class Recognitions {

    /** One row of the leaderboard. */
    public record Leader(int rank, String displayName, String kind, int points, int badges, boolean me)
            implements Serializable {}

    /** A badge earned. */
    public record Earned(String code, String label, String description, Instant awardedAt) implements Serializable {}

    /** One credit in the ledger. */
    public record Credit(String reason, int points, String reference, Instant awardedAt) implements Serializable {}

    /** The caller's own recognition. */
    public record Mine(
            int points,
            Integer rank,
            boolean optedOut,
            boolean emailNotifications,
            List<Earned> badges,
            List<Credit> recent)
            implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Participants participants;

    /** The top participants by points; people who opted out are left out. */
    public List<Leader> leaderboard(int limit) {
        String me = session.getCallerPrincipal().getName();
        List<Leader> out = new ArrayList<>();
        int rank = 0;
        for (Object o : em.createNativeQuery("select p.username, p.display_name, p.kind, p.points,"
                        + " (select count(*) from participant_badge b where b.username = p.username)"
                        + " from participant p where not p.leaderboard_opt_out and p.points > 0"
                        + " order by p.points desc, p.display_name limit ?1")
                .setParameter(1, Math.max(1, Math.min(limit, 500)))
                .getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new Leader(
                    ++rank,
                    (String) r[1],
                    (String) r[2],
                    ((Number) r[3]).intValue(),
                    ((Number) r[4]).intValue(),
                    me.equals(r[0])));
        }
        return out;
    }

    /** The caller's points, rank, badges and latest credits. */
    public Mine mine() {
        Participant p = participants.caller();
        Integer rank = null;
        if (!p.isLeaderboardOptOut() && p.getPoints() > 0) {
            rank = 1
                    + ((Number) em.createNativeQuery("select count(*) from participant where not leaderboard_opt_out"
                                            + " and points > ?1")
                                    .setParameter(1, p.getPoints())
                                    .getSingleResult())
                            .intValue();
        }
        List<Earned> badges = new ArrayList<>();
        for (Object o : em.createNativeQuery(
                        "select badge, awarded_at from participant_badge where username = ?1" + " order by awarded_at")
                .setParameter(1, p.getUsername())
                .getResultList()) {
            Object[] r = (Object[]) o;
            Badge b = Badge.valueOf((String) r[0]);
            badges.add(new Earned(b.name(), b.label(), b.description(), Participation.toInstant(r[1])));
        }
        List<Credit> recent = new ArrayList<>();
        for (Object o : em.createNativeQuery("select reason, points, reference, awarded_at from recognition_points"
                        + " where username = ?1 order by awarded_at desc, id desc limit 20")
                .setParameter(1, p.getUsername())
                .getResultList()) {
            Object[] r = (Object[]) o;
            recent.add(new Credit(
                    (String) r[0], ((Number) r[1]).intValue(), (String) r[2], Participation.toInstant(r[3])));
        }
        return new Mine(p.getPoints(), rank, p.isLeaderboardOptOut(), p.isEmailNotifications(), badges, recent);
    }
}

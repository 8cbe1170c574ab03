package org.cocrea.cocreation.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.platform.security.Roles;

/** The caller's notifications in the app (the bell); their e-mail copies go through {@link NotificationMailer}. */
@Stateless
@RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE, Roles.CUSTOMER, Roles.HR_ANALYST
})
public class Notifications {

    /** One notification. */
    public record Item(long id, String kind, Long ideaId, String message, Instant createdAt, boolean read)
            implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /** The newest notifications, unread first within each day. */
    public List<Item> mine(int limit) {
        List<Item> out = new ArrayList<>();
        for (Object o : em.createNativeQuery("select id, kind, idea_id, message, created_at, read_at is not null"
                        + " from notification where recipient = ?1 order by created_at desc, id desc limit ?2")
                .setParameter(1, me())
                .setParameter(2, Math.max(1, Math.min(limit, 200)))
                .getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new Item(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    r[2] == null ? null : ((Number) r[2]).longValue(),
                    (String) r[3],
                    Participation.toInstant(r[4]),
                    (Boolean) r[5]));
        }
        return out;
    }

    /** How many are unread. */
    public long unread() {
        return ((Number) em.createNativeQuery(
                                "select count(*) from notification where recipient = ?1 and read_at is null")
                        .setParameter(1, me())
                        .getSingleResult())
                .longValue();
    }

    /** Marks all (id null) or one as read. */
    public void read(Long id) {
        var q = em.createNativeQuery("update notification set read_at = now() where recipient = ?1 and read_at is null"
                + (id == null ? "" : " and id = ?2"));
        q.setParameter(1, me());
        if (id != null) {
            q.setParameter(2, id);
        }
        q.executeUpdate();
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}

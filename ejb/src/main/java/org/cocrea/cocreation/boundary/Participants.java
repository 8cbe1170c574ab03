package org.cocrea.cocreation.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.cocrea.cocreation.control.ParticipantKind;
import org.cocrea.cocreation.entity.Participant;
import org.cocrea.engagement.entity.Stakeholder;
import org.cocrea.organisation.entity.Employee;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.security.Roles;

/**
 * The people who take part in co-creation. A participant row is made the first time someone
 * signs in or contributes; customers and employees are linked to their stakeholder record (and
 * employees to their unit, customers to their serving unit) so contributions count as engagement.
 */
@Stateless
@PermitAll
public class Participants {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /**
     * The caller, created and linked to its stakeholder record on first use; the link is refreshed at
     * each sign-in ({@link #signedIn}), not on every request.
     */
    public Participant caller() {
        String username = session.getCallerPrincipal().getName();
        if (username == null || "ANONYMOUS".equals(username)) {
            throw BusinessRuleException.invalid("user", "Sign in to take part.");
        }
        Participant p = em.find(Participant.class, username);
        if (p == null) {
            // a person's first requests may arrive at once: the insert tolerates a row made meanwhile
            em.createNativeQuery("insert into participant (username, display_name, kind, created_at)"
                            + " values (?1, ?1, ?2, ?3) on conflict (username) do nothing")
                    .setParameter(1, username)
                    .setParameter(2, kindOfCaller().name())
                    .setParameter(3, java.sql.Timestamp.from(Instant.now()))
                    .executeUpdate();
            p = em.find(Participant.class, username);
            link(p);
            em.flush();
        }
        return p;
    }

    /** Called at sign-in with the name and address from the identity provider. */
    public Participant signedIn(String displayName, String email) {
        Participant p = caller();
        p.profile(displayName, email);
        link(p);
        return p;
    }

    /** Someone by user name, or null. */
    public Participant find(String username) {
        return username == null ? null : em.find(Participant.class, username);
    }

    /** The caller's preferences: leave the leaderboard, mail copies of notifications. */
    @RolesAllowed({
        Roles.CUSTOMER,
        Roles.EMPLOYEE,
        Roles.INNOVATION_MANAGER,
        Roles.ADMIN,
        Roles.EXECUTIVE,
        Roles.HR_ANALYST
    })
    public Participant preferences(boolean leaderboardOptOut, boolean emailNotifications) {
        Participant p = caller();
        p.preferences(leaderboardOptOut, emailNotifications);
        return p;
    }

    private ParticipantKind kindOfCaller() {
        if (session.isCallerInRole(Roles.CUSTOMER)) {
            return ParticipantKind.CUSTOMER;
        }
        if (session.isCallerInRole(Roles.EMPLOYEE)) {
            return ParticipantKind.EMPLOYEE;
        }
        return ParticipantKind.STAFF;
    }

    private void link(Participant p) {
        List<Stakeholder> s = em.createNamedQuery(Stakeholder.BY_USERNAME, Stakeholder.class)
                .setParameter("username", p.getUsername())
                .getResultList();
        Long stakeholderId = s.isEmpty() ? null : s.get(0).getId();
        Long unitId = s.isEmpty() ? null : s.get(0).getServingUnitId();
        List<Employee> e = em.createQuery("select e from Employee e where e.username = :u", Employee.class)
                .setParameter("u", p.getUsername())
                .getResultList();
        if (!e.isEmpty()) {
            unitId = e.get(0).getUnit().getId();
        }
        if (!s.isEmpty() && p.getEmail() == null) {
            p.profile(null, s.get(0).getEmail());
        }
        if (!e.isEmpty() && p.getEmail() == null) {
            p.profile(e.get(0).getDisplayName(), e.get(0).getEmail());
        }
        if (!s.isEmpty() && p.getDisplayName().equals(p.getUsername())) {
            p.profile(s.get(0).getDisplayName(), null);
        }
        p.link(kindOfCaller(), stakeholderId, unitId);
    }
}

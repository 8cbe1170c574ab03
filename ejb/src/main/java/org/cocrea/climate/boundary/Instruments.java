package org.cocrea.climate.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.audit.boundary.AuditTrail;
import org.cocrea.climate.control.InstrumentDefinition;
import org.cocrea.climate.entity.Anchor;
import org.cocrea.climate.entity.Instrument;
import org.cocrea.climate.entity.InstrumentFactor;
import org.cocrea.climate.entity.InstrumentItem;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.security.Roles;

/**
 * The instrument library. HR analysts read and write it; an instrument version that a launched
 * round uses is frozen, and revising it creates the next version under the same key.
 */
@Stateless
@RolesAllowed({Roles.HR_ANALYST, Roles.ADMIN})
public class Instruments {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    AuditTrail audit;

    /** Every version of every instrument, newest version of each key first. */
    @RolesAllowed({Roles.HR_ANALYST, Roles.ADMIN, Roles.INNOVATION_MANAGER, Roles.EXECUTIVE})
    public List<InstrumentSummary> library() {
        List<Instrument> all =
                em.createNamedQuery(Instrument.ALL, Instrument.class).getResultList();
        Map<String, Integer> latest = new HashMap<>();
        all.forEach(i -> latest.merge(i.getKey(), i.getVersion(), Math::max));
        return all.stream()
                .map(i -> new InstrumentSummary(
                        i.getId(),
                        i.getKey(),
                        i.getVersion(),
                        i.getName(),
                        i.getConstruct(),
                        i.getRespondent(),
                        i.getScalePoints(),
                        i.getFactors().size(),
                        i.itemCount(),
                        i.isBuiltIn(),
                        i.isFrozen(),
                        latest.get(i.getKey()) == i.getVersion()))
                .toList();
    }

    @RolesAllowed({Roles.HR_ANALYST, Roles.ADMIN, Roles.INNOVATION_MANAGER, Roles.EXECUTIVE})
    public InstrumentDetail get(long id) {
        return detail(existing(id));
    }

    /** A new instrument under a key nobody uses yet. */
    public InstrumentDetail create(@NotNull InstrumentDefinition definition) {
        requireValid(definition);
        Integer existingVersion = em.createNamedQuery(Instrument.LATEST_VERSION, Integer.class)
                .setParameter("key", definition.key())
                .getSingleResult();
        if (existingVersion != null) {
            throw BusinessRuleException.conflict("key", "The key " + definition.key() + " is already used.");
        }
        Instrument created = build(definition, 1);
        em.persist(created);
        em.flush();
        audit.record("instrument.created", "Instrument", String.valueOf(created.getId()), definition.key() + " v1");
        return detail(created);
    }

    /**
     * Changes an instrument. A frozen version is left as it is and the change becomes the next
     * version; an unused one is changed in place. {@code expectedLockVersion} refuses stale edits.
     */
    public InstrumentDetail revise(long id, @NotNull InstrumentDefinition definition, int expectedLockVersion) {
        Instrument current = existing(id);
        if (current.getLockVersion() != expectedLockVersion) {
            throw new OptimisticLockException("The instrument was changed by someone else. Reload it and try again.");
        }
        requireValid(definition);
        if (!definition.key().equals(current.getKey())) {
            throw BusinessRuleException.invalid("key", "The key of an instrument cannot change; copy it instead.");
        }
        Integer latest = em.createNamedQuery(Instrument.LATEST_VERSION, Integer.class)
                .setParameter("key", current.getKey())
                .getSingleResult();
        if (current.getVersion() != latest) {
            throw BusinessRuleException.conflict(
                    "id", "Only the newest version (" + latest + ") of " + current.getKey() + " can be revised.");
        }
        Instrument revised;
        if (current.isFrozen() || current.isBuiltIn()) {
            revised = build(definition, latest + 1);
            em.persist(revised);
        } else {
            em.remove(current);
            em.flush();
            revised = build(definition, current.getVersion());
            em.persist(revised);
        }
        em.flush();
        audit.record(
                "instrument.revised",
                "Instrument",
                String.valueOf(revised.getId()),
                revised.getKey() + " v" + revised.getVersion());
        return detail(revised);
    }

    /** Called when a round using this version is launched. */
    public void freeze(long id) {
        existing(id).freeze();
    }

    private Instrument build(InstrumentDefinition d, int version) {
        Instrument i = new Instrument(
                d.key(),
                version,
                d.construct(),
                d.respondent(),
                d.scalePoints(),
                d.name(),
                d.description(),
                d.instructions(),
                d.basis(),
                false,
                Instant.now(),
                session.getCallerPrincipal().getName());
        d.anchors().forEach(a -> i.addAnchor(new Anchor(a.value(), a.label())));
        int fp = 0;
        for (InstrumentDefinition.FactorDef f : d.factors()) {
            InstrumentFactor factor = new InstrumentFactor(fp++, f.key(), f.group(), f.name(), f.description());
            int ip = 0;
            for (InstrumentDefinition.ItemDef item : f.items()) {
                factor.addItem(new InstrumentItem(ip++, item.key(), item.text(), item.reverse()));
            }
            i.addFactor(factor);
        }
        return i;
    }

    private static void requireValid(InstrumentDefinition d) {
        List<String> problems = d.problems();
        if (!problems.isEmpty()) {
            String first = problems.get(0);
            int colon = first.indexOf(':');
            throw BusinessRuleException.invalid(
                    colon > 0 ? first.substring(0, colon) : "definition", String.join("; ", problems));
        }
    }

    private Instrument existing(long id) {
        Instrument i = em.find(Instrument.class, id);
        if (i == null) {
            throw BusinessRuleException.invalid("id", "There is no instrument " + id + ".");
        }
        return i;
    }

    /** An instrument's content and versions as read from its entity (also used by the KPI feed). */
    public static InstrumentDetail detail(Instrument i) {
        InstrumentDefinition d = new InstrumentDefinition(
                i.getKey(),
                i.getConstruct(),
                i.getRespondent(),
                i.getScalePoints(),
                i.getName(),
                i.getDescription(),
                i.getInstructions(),
                i.getBasis(),
                i.getAnchors().stream()
                        .map(a -> new InstrumentDefinition.AnchorDef(a.getPoint(), a.getLabel()))
                        .toList(),
                i.getFactors().stream()
                        .map(f -> new InstrumentDefinition.FactorDef(
                                f.getKey(),
                                f.getGroup(),
                                f.getName(),
                                f.getDescription(),
                                f.getItems().stream()
                                        .map(it -> new InstrumentDefinition.ItemDef(
                                                it.getKey(), it.getText(), it.isReverseKeyed()))
                                        .toList()))
                        .toList());
        return new InstrumentDetail(
                i.getId(),
                i.getVersion(),
                i.isBuiltIn(),
                i.isFrozen(),
                i.getCreatedAt(),
                i.getCreatedBy(),
                i.getLockVersion(),
                d);
    }
}

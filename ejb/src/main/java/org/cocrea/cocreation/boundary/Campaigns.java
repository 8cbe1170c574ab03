package org.cocrea.cocreation.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cocrea.audit.boundary.AuditTrail;
import org.cocrea.climate.boundary.SurveyClock;
import org.cocrea.cocreation.control.Audience;
import org.cocrea.cocreation.control.CampaignOrientation;
import org.cocrea.cocreation.control.DefaultStages;
import org.cocrea.cocreation.control.ParticipantKind;
import org.cocrea.cocreation.control.Phase;
import org.cocrea.cocreation.control.RichText;
import org.cocrea.cocreation.control.StageDefinition;
import org.cocrea.cocreation.entity.Campaign;
import org.cocrea.cocreation.entity.Participant;
import org.cocrea.organisation.entity.OrgUnit;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.BusinessRuleException.FieldProblem;
import org.cocrea.platform.security.Roles;

/**
 * Campaigns (challenges): innovation managers create and change them; everyone sees the campaigns
 * whose audience includes them.
 */
@Stateless
@RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN})
public class Campaigns {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,39}");
    private static final Pattern STAGE_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Participants participants;

    @Inject
    AuditTrail audit;

    @Inject
    SurveyClock clock;

    /** A new campaign with the research's five stages and a default scorecard unless the form gives others. */
    public CampaignView create(CampaignForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = form.code() == null ? "" : form.code().strip();
        if (!CODE.matcher(code).matches()) {
            problems.add(new FieldProblem(
                    "code", "Give a code of 2 to 40 letters, digits, dots, hyphens or underscores, e.g. GREEN-2027."));
        } else if (!em.createNamedQuery(Campaign.BY_CODE, Campaign.class)
                .setParameter("code", code)
                .getResultList()
                .isEmpty()) {
            problems.add(new FieldProblem("code", "Another campaign already has the code " + code + "."));
        }
        Checked checked = check(form, problems, true);
        Instant now = Instant.now();
        Campaign c = new Campaign(code, session.getCallerPrincipal().getName(), now);
        c.apply(checked.settings(), now);
        c.scorecard(checked.criteria());
        c.pipeline(checked.stages(), true);
        em.persist(c);
        em.flush();
        audit.record("campaign.create", "campaign", c.getId().toString(), code + ": " + c.getTitle());
        return view(c);
    }

    /** Changes a campaign. Once it has ideas its stages can be renamed and re-timed but not added or removed. */
    public CampaignView update(long id, CampaignForm form, int version) {
        Campaign c = load(id);
        if (c.getVersion() != version) {
            throw BusinessRuleException.conflict(
                    "version",
                    "This campaign was changed by someone else. Reload it to see the changes, then edit again.");
        }
        boolean hasIdeas = ideaCount(c.getId()) > 0;
        List<FieldProblem> problems = new ArrayList<>();
        Checked checked = check(form, problems, !hasIdeas);
        if (hasIdeas && checked.stages().size() != c.getStages().size()) {
            throw BusinessRuleException.invalid(
                    "stages",
                    "This campaign already has ideas: its stages can be renamed and re-timed, but not added or removed.");
        }
        Instant now = Instant.now();
        c.apply(checked.settings(), now);
        c.scorecard(checked.criteria());
        c.pipeline(checked.stages(), !hasIdeas);
        em.flush();
        audit.record("campaign.update", "campaign", c.getId().toString(), c.getCode());
        return view(c);
    }

    /** The campaigns the caller may see, newest first. */
    @RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE, Roles.CUSTOMER})
    public List<CampaignView> visible() {
        Participant me = participants.caller();
        List<CampaignView> out = new ArrayList<>();
        for (Campaign c : em.createNamedQuery(Campaign.ALL, Campaign.class).getResultList()) {
            if (canSee(c, me)) {
                out.add(view(c));
            }
        }
        return out;
    }

    /** One campaign by its code, if the caller may see it. */
    @RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE, Roles.CUSTOMER})
    public CampaignView find(String code) {
        Campaign c = em.createNamedQuery(Campaign.BY_CODE, Campaign.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> BusinessRuleException.invalid("code", "There is no campaign " + code + "."));
        if (!canSee(c, participants.caller())) {
            throw new jakarta.ejb.EJBAccessException("This campaign is not open to you.");
        }
        return view(c);
    }

    /** An empty form with the defaults: the five research stages and a four-criterion scorecard. */
    @RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN})
    public CampaignForm blank() {
        LocalDate today = clock.today();
        return new CampaignForm(
                "",
                "",
                "",
                Audience.EMPLOYEES.name(),
                List.of(),
                null,
                today,
                today.plusMonths(3),
                CampaignOrientation.BOTH.name(),
                false,
                10,
                30,
                List.of(session.getCallerPrincipal().getName()),
                org.cocrea.cocreation.control.Scorecard.defaultCriteria().stream()
                        .map(k -> new CampaignForm.Criterion(k.name(), k.description(), k.weight()))
                        .toList(),
                DefaultStages.list().stream()
                        .map(s -> new CampaignForm.Stage(
                                s.code(), s.name(), s.phase().name(), s.maxDays(), s.participation()))
                        .toList());
    }

    /** The form for an existing campaign. */
    public CampaignForm form(long id) {
        Campaign c = load(id);
        return new CampaignForm(
                c.getCode(),
                c.getTitle(),
                c.getProblemHtml(),
                c.getAudience().name(),
                unitCodes(c),
                c.getShortlistId(),
                c.getOpensOn(),
                c.getClosesOn(),
                c.getOrientation().name(),
                c.isAnonymousAllowed(),
                c.getSupportThreshold(),
                c.getSupportDays(),
                List.copyOf(c.getEvaluators()),
                c.getCriteria().stream()
                        .map(k -> new CampaignForm.Criterion(k.getName(), k.getDescription(), k.getWeight()))
                        .toList(),
                c.getStages().stream()
                        .map(s -> new CampaignForm.Stage(
                                s.getCode(), s.getName(), s.getPhase().name(), s.getMaxDays(), s.isParticipation()))
                        .toList());
    }

    /** Whether the participant is in the campaign's audience; staff see every campaign. */
    @jakarta.annotation.security.PermitAll
    public boolean canSee(Campaign c, Participant p) {
        if (session.isCallerInRole(Roles.INNOVATION_MANAGER)
                || session.isCallerInRole(Roles.ADMIN)
                || session.isCallerInRole(Roles.EXECUTIVE)) {
            return true;
        }
        return switch (c.getAudience()) {
            case PUBLIC -> true;
            case EMPLOYEES -> p.getKind() == ParticipantKind.EMPLOYEE;
            case CUSTOMERS -> p.getKind() == ParticipantKind.CUSTOMER;
            case UNITS ->
                p.getKind() == ParticipantKind.EMPLOYEE
                        && p.getUnitId() != null
                        && !c.getUnitIds().isEmpty()
                        && ((Number) em.createNativeQuery("with recursive up(id, parent_id) as ("
                                                        + " select id, parent_id from org_unit where id = ?1"
                                                        + " union all select u.id, u.parent_id from org_unit u join up on u.id = up.parent_id)"
                                                        + " select count(*) from up where id = any(?2)")
                                                .setParameter(1, p.getUnitId())
                                                .setParameter(2, c.getUnitIds().toArray(new Long[0]))
                                                .getSingleResult())
                                        .longValue()
                                > 0;
            case SHORTLIST ->
                p.getStakeholderId() != null
                        && c.getShortlistId() != null
                        && ((Number) em.createNativeQuery("select count(*) from engagement_shortlist_member"
                                                        + " where shortlist_id = ?1 and stakeholder_id = ?2")
                                                .setParameter(1, c.getShortlistId())
                                                .setParameter(2, p.getStakeholderId())
                                                .getSingleResult())
                                        .longValue()
                                > 0;
        };
    }

    @jakarta.annotation.security.PermitAll
    public Campaign load(long id) {
        Campaign c = em.find(Campaign.class, id);
        if (c == null) {
            throw BusinessRuleException.invalid("campaign", "There is no campaign " + id + ".");
        }
        return c;
    }

    @jakarta.annotation.security.PermitAll
    public CampaignView view(Campaign c) {
        Map<Long, Long> perStage = new HashMap<>();
        Map<String, Long> perStatus = new LinkedHashMap<>();
        for (Object[] row : em.createQuery(
                        "select i.stage.id, i.status, count(i) from Idea i where i.campaignId = :c"
                                + " and i.hidden = false group by i.stage.id, i.status",
                        Object[].class)
                .setParameter("c", c.getId())
                .getResultList()) {
            String status = row[1].toString();
            long n = ((Number) row[2]).longValue();
            perStatus.merge(status, n, Long::sum);
            if (!"MERGED".equals(status) && !"KILLED".equals(status)) {
                perStage.merge((Long) row[0], n, Long::sum);
            }
        }
        return CampaignView.of(c, unitCodes(c), perStage, perStatus, clock.today());
    }

    private List<String> unitCodes(Campaign c) {
        if (c.getUnitIds().isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u.code from OrgUnit u where u.id in :ids order by u.code", String.class)
                .setParameter("ids", c.getUnitIds())
                .getResultList();
    }

    private long ideaCount(long campaignId) {
        return em.createQuery("select count(i) from Idea i where i.campaignId = :c", Long.class)
                .setParameter("c", campaignId)
                .getSingleResult();
    }

    private record Checked(
            Campaign.Settings settings, List<Campaign.CriterionInput> criteria, List<Campaign.StageInput> stages) {}

    private Checked check(CampaignForm f, List<FieldProblem> problems, boolean stagesMayChange) {
        String title = f.title() == null ? "" : f.title().strip();
        if (title.isEmpty() || title.length() > 200) {
            problems.add(new FieldProblem("title", "Give the campaign a title of 1 to 200 characters."));
        }
        String problemHtml = "";
        String problemText = "";
        try {
            problemHtml = RichText.check("problemHtml", f.problemHtml(), 20, 20_000);
            problemText = RichText.text(problemHtml);
        } catch (BusinessRuleException e) {
            problems.addAll(e.getFieldProblems());
        }
        Audience audience = parse(Audience.class, f.audience(), "audience", problems);
        Set<Long> unitIds = new LinkedHashSet<>();
        for (String unitCode : f.unitCodes()) {
            List<OrgUnit> u = em.createNamedQuery(OrgUnit.BY_CODE, OrgUnit.class)
                    .setParameter("code", unitCode.strip())
                    .getResultList();
            if (u.isEmpty()) {
                problems.add(new FieldProblem("unitCodes", "There is no unit " + unitCode.strip() + "."));
            } else {
                unitIds.add(u.get(0).getId());
            }
        }
        if (audience == Audience.UNITS && unitIds.isEmpty() && f.unitCodes().isEmpty()) {
            problems.add(new FieldProblem("unitCodes", "Choose the units the campaign is open to."));
        }
        Long shortlistId = f.shortlistId();
        if (audience == Audience.SHORTLIST) {
            if (shortlistId == null) {
                problems.add(new FieldProblem("shortlistId", "Choose the shortlist whose members are invited."));
            } else if (((Number) em.createNativeQuery("select count(*) from engagement_shortlist where id = ?1")
                                    .setParameter(1, shortlistId)
                                    .getSingleResult())
                            .longValue()
                    == 0) {
                problems.add(new FieldProblem("shortlistId", "There is no shortlist " + shortlistId + "."));
            }
        } else {
            shortlistId = null;
        }
        if (audience != Audience.UNITS) {
            unitIds.clear();
        }
        if (f.opensOn() == null) {
            problems.add(new FieldProblem("opensOn", "Give the day the campaign opens."));
        }
        if (f.closesOn() == null) {
            problems.add(new FieldProblem("closesOn", "Give the day the campaign closes."));
        } else if (f.opensOn() != null && f.closesOn().isBefore(f.opensOn())) {
            problems.add(new FieldProblem("closesOn", "The campaign cannot close before it opens."));
        }
        CampaignOrientation orientation = parse(CampaignOrientation.class, f.orientation(), "orientation", problems);
        int threshold = f.supportThreshold() == null ? -1 : f.supportThreshold();
        if (threshold < 1 || threshold > 100_000) {
            problems.add(new FieldProblem(
                    "supportThreshold",
                    "Give the number of votes (1 to 100,000) that sends an idea to its first gate."));
        }
        int days = f.supportDays() == null ? -1 : f.supportDays();
        if (days < 1 || days > 365) {
            problems.add(new FieldProblem(
                    "supportDays",
                    "Give the number of days (1 to 365) after submission in which the votes must come."));
        }
        Set<String> evaluators = new LinkedHashSet<>();
        for (String e : f.evaluators()) {
            if (e != null && !e.isBlank()) {
                evaluators.add(e.strip());
            }
        }
        if (evaluators.isEmpty()) {
            problems.add(new FieldProblem("evaluators", "Name at least one evaluator for the gates."));
        }
        List<Campaign.CriterionInput> criteria = new ArrayList<>();
        if (f.criteria().isEmpty() || f.criteria().size() > 10) {
            problems.add(new FieldProblem("criteria", "A scorecard has 1 to 10 criteria."));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < f.criteria().size(); i++) {
            CampaignForm.Criterion k = f.criteria().get(i);
            String name = k.name() == null ? "" : k.name().strip();
            if (name.isEmpty() || name.length() > 120) {
                problems.add(new FieldProblem("criteria[" + i + "].name", "Name the criterion (1 to 120 characters)."));
            } else if (!names.add(name.toLowerCase(Locale.ROOT))) {
                problems.add(new FieldProblem("criteria[" + i + "].name", "Two criteria are called " + name + "."));
            }
            if (k.weight() == null || !(k.weight() > 0) || k.weight() > 100) {
                problems.add(
                        new FieldProblem("criteria[" + i + "].weight", "A weight is more than 0 and at most 100."));
            }
            String description = k.description() == null || k.description().isBlank()
                    ? null
                    : k.description().strip();
            if (description != null && description.length() > 500) {
                problems.add(new FieldProblem("criteria[" + i + "].description", "At most 500 characters."));
            }
            criteria.add(new Campaign.CriterionInput(name, description, k.weight() == null ? 1 : k.weight()));
        }
        List<Campaign.StageInput> stages = new ArrayList<>();
        List<StageDefinition> definitions = new ArrayList<>();
        for (int i = 0; i < f.stages().size(); i++) {
            CampaignForm.Stage s = f.stages().get(i);
            String stageCode = s.code() == null ? "" : s.code().strip().toLowerCase(Locale.ROOT);
            Phase phase = parse(Phase.class, s.phase(), "stages[" + i + "].phase", problems);
            try {
                StageDefinition d = new StageDefinition(
                        stageCode, s.name() == null ? "" : s.name().strip(), phase, s.maxDays(), s.participation());
                definitions.add(d);
                if (phase != null) {
                    d.check();
                }
            } catch (BusinessRuleException e) {
                for (FieldProblem p : e.getFieldProblems()) {
                    problems.add(new FieldProblem("stages[" + i + "]." + p.field(), p.message()));
                }
            }
            stages.add(new Campaign.StageInput(
                    stageCode, s.name() == null ? "" : s.name().strip(), phase, s.maxDays(), s.participation()));
        }
        if (problems.isEmpty() && stagesMayChange) {
            try {
                StageDefinition.checkPipeline(definitions);
            } catch (BusinessRuleException e) {
                problems.addAll(e.getFieldProblems());
            }
        }
        if (!problems.isEmpty()) {
            throw BusinessRuleException.invalid("The campaign has " + problems.size() + " problem(s).", problems);
        }
        return new Checked(
                new Campaign.Settings(
                        title,
                        problemHtml,
                        problemText,
                        audience,
                        unitIds,
                        shortlistId,
                        f.opensOn(),
                        f.closesOn(),
                        orientation,
                        f.anonymousAllowed(),
                        threshold,
                        days,
                        evaluators),
                criteria,
                stages);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<FieldProblem> problems) {
        if (value != null) {
            try {
                return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
        }
        problems.add(new FieldProblem(field, "Choose one of: " + allowed + "."));
        return null;
    }
}

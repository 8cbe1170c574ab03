package org.cocrea.climate.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.climate.control.InstrumentDefinition;
import org.cocrea.climate.control.SurveyLinks;
import org.cocrea.climate.entity.Invitation;
import org.cocrea.climate.entity.Participation;
import org.cocrea.climate.entity.SurveyDraft;
import org.cocrea.climate.entity.SurveyResponse;
import org.cocrea.climate.entity.SurveyRound;
import org.cocrea.organisation.entity.Employee;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.security.Roles;

/**
 * Answering a round with a personal link. The link's token is the credential, so the respondent
 * page works from the invitation mail without signing in; signed-in employees reach the same link
 * from "My surveys".
 *
 * <p>Submitting stores the answers in a row that names no one ({@link SurveyResponse}), records
 * that the person has answered ({@link Participation}, no date) and deletes the draft, in one
 * transaction. A second submission is refused without saying anything about the first.
 */
@Stateless
@PermitAll
public class SurveyAnswering {

    /** The longest comment accepted. */
    public static final int MAX_COMMENT = 4000;

    private static final String INVALID_LINK =
            "This survey link is not valid. Use the link from your most recent invitation mail.";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    SurveyMailings mailings;

    @Inject
    SurveyClock clock;

    @Inject
    FrozenDefinitions definitions;

    public RespondentView open(@NotNull String token) {
        Invitation inv = byToken(token);
        SurveyRound round = inv.getRound();
        InstrumentDefinition definition = definitions.of(round.getInstrument());
        RespondentView.State state = state(inv);
        Map<String, Integer> draft = new LinkedHashMap<>();
        String comment = null;
        int section = 0;
        SurveyDraft saved = state == RespondentView.State.OPEN ? em.find(SurveyDraft.class, inv.getId()) : null;
        if (saved != null) {
            try {
                JsonObject json = readJson(SurveyLinks.open(token, saved.getPayload()));
                JsonObject answers = json.getJsonObject("answers");
                answers.forEach((k, v) -> draft.put(k, ((jakarta.json.JsonNumber) v).intValue()));
                comment = json.containsKey("comment") && json.get("comment") != JsonValue.NULL
                        ? json.getString("comment")
                        : null;
                section = saved.getSection();
            } catch (IllegalArgumentException damaged) {
                em.remove(saved);
            }
        }
        return new RespondentView(
                round.getName(), round.getClosesOn(), state, round.getThreshold(), definition, draft, comment, section);
    }

    /**
     * Keeps unfinished answers, encrypted for the link's holder. Values are checked for range but
     * may be incomplete.
     */
    public void saveDraft(@NotNull String token, @NotNull Map<String, Integer> answers, String comment, int section) {
        Invitation inv = byToken(token);
        requireOpen(inv);
        InstrumentDefinition definition = definitions.of(inv.getRound().getInstrument());
        checkAnswers(definition, answers, false);
        JsonObjectBuilder a = Json.createObjectBuilder();
        answers.forEach((k, v) -> {
            if (v != null) {
                a.add(k, v);
            }
        });
        JsonObjectBuilder json = Json.createObjectBuilder().add("answers", a);
        if (comment != null && !comment.isBlank()) {
            json.add("comment", cleanComment(comment));
        }
        byte[] sealed = SurveyLinks.seal(token, json.build().toString().getBytes(StandardCharsets.UTF_8));
        SurveyDraft draft = em.find(SurveyDraft.class, inv.getId());
        if (draft == null) {
            draft = new SurveyDraft(inv.getId());
            draft.save(Math.max(0, section), sealed);
            em.persist(draft);
        } else {
            draft.save(Math.max(0, section), sealed);
        }
    }

    /**
     * Stores complete answers.
     *
     * @param answers every item of the instrument, by item key, 1..scale points
     * @throws BusinessRuleException naming the item at fault, or (conflict) when the round is not
     *     open or the link was already used
     */
    public void submit(@NotNull String token, @NotNull Map<String, Integer> answers, String comment) {
        Invitation inv = byToken(token);
        requireOpen(inv);
        SurveyRound round = inv.getRound();
        InstrumentDefinition definition = definitions.of(round.getInstrument());
        int[] values = checkAnswers(definition, answers, true);
        String text = comment == null || comment.isBlank() ? null : cleanComment(comment);
        // requireOpen has seen no participation; a concurrent second answer fails on the primary key below
        em.persist(new Participation(round.getId(), inv.getEmployee().getId()));
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException concurrent) {
            throw alreadyAnswered();
        }
        em.persist(new SurveyResponse(round.getId(), inv.getUnitId(), clock.today(), values, text));
        SurveyDraft draft = em.find(SurveyDraft.class, inv.getId());
        if (draft != null) {
            em.remove(draft);
        }
    }

    /** The rounds the signed-in employee is invited to, newest first, with their personal links. */
    @RolesAllowed({Roles.EMPLOYEE, Roles.HR_ANALYST, Roles.INNOVATION_MANAGER, Roles.EXECUTIVE, Roles.ADMIN})
    public List<MySurvey> mine() {
        List<Employee> me = em.createQuery("select e from Employee e where e.username = :u", Employee.class)
                .setParameter("u", session.getCallerPrincipal().getName())
                .getResultList();
        if (me.isEmpty()) {
            return List.of();
        }
        List<MySurvey> out = new ArrayList<>();
        for (Invitation i : em.createNamedQuery(Invitation.OF_PERSON, Invitation.class)
                .setParameter("employeeId", me.get(0).getId())
                .getResultList()) {
            SurveyRound r = i.getRound();
            out.add(new MySurvey(r.getName(), r.getOpensOn(), r.getClosesOn(), state(i), mailings.linkFor(i)));
        }
        return out;
    }

    private RespondentView.State state(Invitation inv) {
        SurveyRound round = inv.getRound();
        LocalDate today = clock.today();
        if (em.find(
                        Participation.class,
                        new Participation.Key(round.getId(), inv.getEmployee().getId()))
                != null) {
            return RespondentView.State.ANSWERED;
        }
        if (round.acceptsAnswersOn(today)) {
            return RespondentView.State.OPEN;
        }
        return today.isBefore(round.getOpensOn()) && round.getStatus() != org.cocrea.climate.entity.RoundStatus.CLOSED
                ? RespondentView.State.NOT_YET_OPEN
                : RespondentView.State.CLOSED;
    }

    private void requireOpen(Invitation inv) {
        SurveyRound round = inv.getRound();
        switch (state(inv)) {
            case OPEN -> {}
            case ANSWERED -> throw alreadyAnswered();
            case NOT_YET_OPEN ->
                throw BusinessRuleException.conflict(
                        "round", "This survey opens on " + round.getOpensOn() + "; please come back then.");
            case CLOSED ->
                throw BusinessRuleException.conflict(
                        "round",
                        "This survey closed on "
                                + (round.getClosedOn() != null ? round.getClosedOn() : round.getClosesOn())
                                + " and no longer accepts answers.");
        }
    }

    private static BusinessRuleException alreadyAnswered() {
        return BusinessRuleException.conflict("token", "Answers have already been given with this link.");
    }

    private Invitation byToken(String token) {
        if (token.isBlank() || token.length() > 100) {
            throw BusinessRuleException.invalid("token", INVALID_LINK);
        }
        List<Invitation> found = em.createNamedQuery(Invitation.BY_TOKEN_HASH, Invitation.class)
                .setParameter("hash", SurveyLinks.hash(token))
                .getResultList();
        if (found.isEmpty()) {
            throw BusinessRuleException.invalid("token", INVALID_LINK);
        }
        return found.get(0);
    }

    /**
     * Checks answers against the instrument; returns them in item order (0 for unanswered when
     * {@code complete} is false).
     */
    static int[] checkAnswers(InstrumentDefinition d, Map<String, Integer> answers, boolean complete) {
        Map<String, Integer> position = new LinkedHashMap<>();
        int n = 0;
        int[] values = new int[d.itemCount()];
        for (InstrumentDefinition.FactorDef f : d.factors()) {
            int inFactor = 1;
            for (InstrumentDefinition.ItemDef item : f.items()) {
                String label = "item " + inFactor++ + " of \"" + f.name().en() + "\"";
                Integer v = answers.get(item.key());
                if (v == null) {
                    if (complete) {
                        throw BusinessRuleException.invalid(
                                "answers." + item.key(),
                                "Please answer " + label + " (" + item.text().en() + ").");
                    }
                } else if (v < 1 || v > d.scalePoints()) {
                    throw BusinessRuleException.invalid(
                            "answers." + item.key(),
                            "The answer to " + label + " must be between 1 and " + d.scalePoints() + ", not " + v
                                    + ".");
                } else {
                    values[n] = v;
                }
                position.put(item.key(), n++);
            }
        }
        for (String key : answers.keySet()) {
            if (!position.containsKey(key)) {
                throw BusinessRuleException.invalid("answers." + key, "\"" + key + "\" is not an item of this survey.");
            }
        }
        return values;
    }

    private static String cleanComment(String comment) {
        String trimmed = comment.strip();
        if (trimmed.length() > MAX_COMMENT) {
            throw BusinessRuleException.invalid(
                    "comment",
                    "Please keep the comment under " + MAX_COMMENT + " characters (it has " + trimmed.length() + ").");
        }
        return trimmed;
    }

    private static JsonObject readJson(byte[] bytes) {
        try (JsonReader r = Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            return r.readObject();
        }
    }
}

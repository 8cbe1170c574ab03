package org.cocrea.climate.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.cocrea.climate.control.SurveyLinks;
import org.cocrea.climate.control.SurveyMailTexts;
import org.cocrea.climate.entity.Invitation;
import org.cocrea.climate.entity.SurveyRound;
import org.cocrea.platform.mail.MailException;
import org.cocrea.platform.mail.Mailer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends invitations and reminders, and closes rounds whose close date has passed. Runs inside the
 * application only (after a launch, on HR's "remind now", and on a persistent timer every 15
 * minutes, which fires on one instance of a cluster); it is not reachable from screens or the
 * API, which go through {@link SurveyRounds} and its role checks. Each batch of mail is its own
 * transaction, so a failure leaves the rest sent and recorded; a failed address is retried by the
 * next timer run.
 */
@Stateless
@PermitAll
public class SurveyMailings {

    private static final Logger LOG = Logger.getLogger(SurveyMailings.class.getName());
    private static final int BATCH = 100;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Mailer mailer;

    @Inject
    SurveyClock clock;

    @Inject
    @ConfigProperty(name = "cocrea.survey.link-secret")
    java.util.Optional<String> linkSecret;

    @Inject
    @ConfigProperty(name = "cocrea.base-url", defaultValue = "http://localhost:8080/cocrea")
    String baseUrl;

    public SurveyLinks links() {
        return new SurveyLinks(linkSecret.orElse(null));
    }

    /** The respondent page's address for an invitation. */
    public String linkFor(Invitation invitation) {
        return baseUrl + "/survey/answer.xhtml?t=" + links().token(invitation.getNonce());
    }

    /** Sends every invitation of the round not yet sent, in batches, in the background. */
    @Asynchronous
    public void sendPending(long roundId) {
        SurveyMailings self = context.getBusinessObject(SurveyMailings.class);
        int total = 0;
        int sent;
        do {
            sent = self.sendBatch(roundId);
            total += sent;
        } while (sent > 0);
        if (total > 0) {
            LOG.info("Round " + roundId + ": " + total + " invitations processed");
        }
    }

    /** Up to one batch of unsent invitations; returns how many were tried. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sendBatch(long roundId) {
        SurveyRound round = em.find(SurveyRound.class, roundId);
        LocalDate today = clock.today();
        if (round == null || !round.acceptsAnswersOn(today)) {
            return 0;
        }
        List<Invitation> batch = em.createQuery(
                        "select i from Invitation i join fetch i.employee where i.round.id = :id"
                                + " and i.sentOn is null and i.mailError is null order by i.id",
                        Invitation.class)
                .setParameter("id", roundId)
                .setMaxResults(BATCH)
                .getResultList();
        int items = round.getInstrument().itemCount();
        for (Invitation i : batch) {
            try {
                mailer.send(new Mailer.Mail(
                        i.getEmployee().getEmail(),
                        SurveyMailTexts.invitationSubject(round.getName()),
                        SurveyMailTexts.invitation(content(round, i, items))));
                i.sent(today);
            } catch (MailException e) {
                i.mailFailed(e.getMessage());
            }
        }
        return batch.size();
    }

    /**
     * Reminds those who have not answered. With {@code now}, everyone not yet answered who got the
     * invitation; otherwise only those whose last mail is {@code reminderDays} old and who have had
     * fewer than {@code maxReminders} reminders.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int remind(long roundId, boolean now) {
        SurveyRound round = em.find(SurveyRound.class, roundId);
        LocalDate today = clock.today();
        if (round == null || !round.acceptsAnswersOn(today) || (!now && round.getReminderDays() == 0)) {
            return 0;
        }
        int items = round.getInstrument().itemCount();
        int sent = 0;
        for (Invitation i : em.createNamedQuery(Invitation.UNANSWERED, Invitation.class)
                .setParameter("roundId", roundId)
                .getResultList()) {
            if (i.getSentOn() == null) {
                continue;
            }
            LocalDate last = i.getLastRemindedOn() != null ? i.getLastRemindedOn() : i.getSentOn();
            boolean due = now
                    || (i.getRemindersSent() < round.getMaxReminders()
                            && !last.plusDays(round.getReminderDays()).isAfter(today));
            if (!due) {
                continue;
            }
            try {
                mailer.send(new Mailer.Mail(
                        i.getEmployee().getEmail(),
                        SurveyMailTexts.reminderSubject(round.getName()),
                        SurveyMailTexts.reminder(content(round, i, items))));
                i.reminded(today);
                sent++;
            } catch (MailException e) {
                i.mailFailed(e.getMessage());
            }
        }
        return sent;
    }

    /** Closes rounds past their close date, retries failed mail, sends due reminders. */
    @Schedule(hour = "*", minute = "*/15", persistent = true, info = "survey rounds: mail and closing")
    public void tick() {
        SurveyMailings self = context.getBusinessObject(SurveyMailings.class);
        self.closeDueRounds();
        for (Long id : self.openRoundIds()) {
            self.retryFailed(id);
            sendPending(id);
            self.remind(id, false);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void closeDueRounds() {
        LocalDate today = clock.today();
        for (SurveyRound r : em.createNamedQuery(SurveyRound.DUE_TO_CLOSE, SurveyRound.class)
                .setParameter("today", today)
                .getResultList()) {
            r.close(r.getClosesOn().plusDays(1));
            LOG.info("Closed survey round " + r.getId() + " (" + r.getName() + ") after its close date");
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> openRoundIds() {
        return em.createNamedQuery(SurveyRound.OPEN_ROUNDS, SurveyRound.class).getResultList().stream()
                .map(SurveyRound::getId)
                .toList();
    }

    /** Makes failed invitations eligible for the next send. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int retryFailed(long roundId) {
        return em.createQuery("update Invitation i set i.mailError = null where i.round.id = :id"
                        + " and i.sentOn is null and i.mailError is not null")
                .setParameter("id", roundId)
                .executeUpdate();
    }

    private SurveyMailTexts.Content content(SurveyRound round, Invitation i, int items) {
        return new SurveyMailTexts.Content(
                i.getEmployee().getDisplayName(),
                round.getName(),
                round.getClosesOn(),
                linkFor(i),
                SurveyMailTexts.minutesFor(items),
                round.getThreshold());
    }
}

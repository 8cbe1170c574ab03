package org.cocrea.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.climate.boundary.Instruments;
import org.cocrea.climate.boundary.RoundInput;
import org.cocrea.climate.boundary.RoundSummary;
import org.cocrea.climate.boundary.SurveyRounds;
import org.cocrea.climate.boundary.UnitResponseRate;
import org.cocrea.climate.entity.Respondent;
import org.cocrea.climate.entity.RoundStatus;
import org.cocrea.organisation.boundary.Organisation;
import org.cocrea.organisation.boundary.UnitView;
import org.cocrea.platform.BusinessRuleException;
import org.primefaces.PrimeFaces;

/** HR: survey rounds — the list, the wizard for a new round, launch/close/remind, live response rates. */
@Named
@ViewScoped
public class RoundsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An instrument as the wizard offers it. */
    public record Choice(long id, String label) implements Serializable {}

    @Inject
    SurveyRounds rounds;

    @Inject
    Instruments instruments;

    @Inject
    Organisation organisation;

    private List<RoundSummary> list;
    private RoundSummary selected;
    private List<UnitResponseRate> rates = List.of();
    private List<Choice> instrumentChoices;
    private List<UnitView> units;

    // the wizard
    private Long editingId;
    private int editingVersion;
    private String name;
    private Long instrumentId;
    private List<Long> unitIds = new ArrayList<>();
    private LocalDate opensOn;
    private LocalDate closesOn;
    private int reminderDays = 7;
    private int maxReminders = 2;
    private int threshold = 5;
    private int commentThreshold = 10;

    @PostConstruct
    void init() {
        reload();
        instrumentChoices = instruments.library().stream()
                .filter(i -> i.latest() && i.respondent() == Respondent.EMPLOYEE)
                .map(i -> new Choice(i.id(), i.name().en() + " (v" + i.version() + ", " + i.items() + " items)"))
                .toList();
        units = organisation.units();
        if (!list.isEmpty()) {
            select(list.get(0));
        }
    }

    private void reload() {
        list = rounds.list();
        if (selected != null) {
            selected = list.stream()
                    .filter(r -> r.id() == selected.id())
                    .findFirst()
                    .orElse(null);
            rates = selected == null || selected.status() == RoundStatus.DRAFT
                    ? List.of()
                    : rounds.responseRates(selected.id());
        }
    }

    public void select(RoundSummary round) {
        selected = round;
        rates = round.status() == RoundStatus.DRAFT ? List.of() : rounds.responseRates(round.id());
    }

    public void refresh() {
        reload();
    }

    public void startNew() {
        editingId = null;
        editingVersion = 0;
        name = null;
        instrumentId =
                instrumentChoices.isEmpty() ? null : instrumentChoices.get(0).id();
        unitIds = new ArrayList<>();
        units.stream().filter(u -> u.parentId() == null).forEach(u -> unitIds.add(u.id()));
        opensOn = LocalDate.now();
        closesOn = opensOn.plusDays(14);
        reminderDays = 7;
        maxReminders = 2;
        threshold = 5;
        commentThreshold = 10;
    }

    public void edit() {
        RoundSummary r = selected;
        editingId = r.id();
        editingVersion = r.version();
        name = r.name();
        instrumentId = r.instrumentId();
        unitIds = new ArrayList<>(r.unitIds());
        opensOn = r.opensOn();
        closesOn = r.closesOn();
        reminderDays = r.reminderDays();
        maxReminders = r.maxReminders();
        threshold = r.threshold();
        commentThreshold = r.commentThreshold();
    }

    public void save() {
        RoundInput input = new RoundInput(
                name,
                instrumentId,
                opensOn,
                closesOn,
                reminderDays,
                maxReminders,
                threshold,
                commentThreshold,
                unitIds);
        if (attempt(() -> {
            RoundSummary saved =
                    editingId == null ? rounds.create(input) : rounds.update(editingId, input, editingVersion);
            selected = saved;
        })) {
            reload();
            info("Saved as a draft. Launch it to send the invitations.");
            PrimeFaces.current().executeScript("PF('roundDialog').hide()");
        }
    }

    public void launch() {
        if (attempt(() -> selected = rounds.launch(selected.id(), selected.version()))) {
            reload();
            info("Launched: " + selected.invited() + " people are being invited by mail.");
        }
    }

    public void close() {
        if (attempt(() -> selected = rounds.close(selected.id(), selected.version()))) {
            reload();
            info("Closed. No more answers are accepted.");
        }
    }

    public void remind() {
        int[] sent = new int[1];
        if (attempt(() -> sent[0] = rounds.remindNow(selected.id()))) {
            reload();
            info(sent[0] + " reminders sent.");
        }
    }

    public void delete() {
        if (attempt(() -> rounds.delete(selected.id()))) {
            selected = null;
            reload();
            info("Draft deleted.");
        }
    }

    private boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (EJBException | BusinessRuleException | OptimisticLockException | ConstraintViolationException e) {
            Throwable t = e;
            while (t instanceof EJBException && t.getCause() != null) {
                t = t.getCause();
            }
            String text;
            if (t instanceof BusinessRuleException b) {
                text = b.getMessage();
            } else if (t instanceof OptimisticLockException o) {
                text = o.getMessage() == null ? "Changed by someone else; reload and try again." : o.getMessage();
            } else if (t instanceof ConstraintViolationException c) {
                text = c.getConstraintViolations().stream()
                        .map(v -> v.getMessage())
                        .sorted()
                        .reduce((a, b) -> a + " " + b)
                        .orElse("Check the form.");
            } else {
                text = "The action failed; please try again.";
            }
            FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        }
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** A unit's label indented by its depth, for the unit picker. */
    public String unitLabel(UnitView u) {
        return "\u00a0\u00a0".repeat(u.depth()) + u.name() + " (" + u.employeesInTotal() + ")";
    }

    public int pct(double share) {
        return (int) Math.round(share * 100);
    }

    public String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    public List<RoundSummary> getList() {
        return list;
    }

    public RoundSummary getSelected() {
        return selected;
    }

    public List<UnitResponseRate> getRates() {
        return rates;
    }

    public List<Choice> getInstrumentChoices() {
        return instrumentChoices;
    }

    public List<UnitView> getUnits() {
        return units;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getInstrumentId() {
        return instrumentId;
    }

    public void setInstrumentId(Long instrumentId) {
        this.instrumentId = instrumentId;
    }

    public List<Long> getUnitIds() {
        return unitIds;
    }

    public void setUnitIds(List<Long> unitIds) {
        this.unitIds = unitIds;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public int getReminderDays() {
        return reminderDays;
    }

    public void setReminderDays(int reminderDays) {
        this.reminderDays = reminderDays;
    }

    public int getMaxReminders() {
        return maxReminders;
    }

    public void setMaxReminders(int maxReminders) {
        this.maxReminders = maxReminders;
    }

    public int getThreshold() {
        return threshold;
    }

    public void setThreshold(int threshold) {
        this.threshold = threshold;
    }

    public int getCommentThreshold() {
        return commentThreshold;
    }

    public void setCommentThreshold(int commentThreshold) {
        this.commentThreshold = commentThreshold;
    }
}

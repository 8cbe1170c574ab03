package org.cocrea.web.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.engagement.boundary.StakeholderProfiles;
import org.cocrea.platform.BusinessRuleException;

/**
 * The experience questions a stakeholder answers through its personal link (no sign-in): three
 * short sets (functional, emotional, social) and three on its engagement, each 1..7.
 */
@Named
@ViewScoped
public class ExperiencePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The question sets in page order: message key of the heading and the item keys. */
    public record QuestionSet(String key, List<String> items) implements Serializable {}

    /** The sets in page order, grouped from the item keys the service takes ("functional-1" → "functional"). */
    static final List<QuestionSet> SETS = StakeholderProfiles.EXPERIENCE_ITEMS.stream()
            .collect(java.util.stream.Collectors.groupingBy(
                    item -> item.substring(0, item.lastIndexOf('-')),
                    java.util.LinkedHashMap::new,
                    java.util.stream.Collectors.toList()))
            .entrySet()
            .stream()
            .map(e -> new QuestionSet(e.getKey(), List.copyOf(e.getValue())))
            .toList();

    @Inject
    transient StakeholderProfiles profiles;

    private String token;
    private String context;
    private String problem;
    private boolean done;
    private final Map<String, Integer> answers = new HashMap<>();
    private String invalidItem;

    public void load() {
        if (context != null || done) {
            return;
        }
        context = profiles.experienceContext(token).orElse(null);
        if (context == null) {
            problem = FacesContext.getCurrentInstance()
                    .getApplication()
                    .getResourceBundle(FacesContext.getCurrentInstance(), "msg")
                    .getString("experience.invalid");
        }
    }

    public void submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            profiles.answerExperience(token, answers);
            done = true;
        } catch (BusinessRuleException e) {
            invalidItem = e.getField();
            for (BusinessRuleException.FieldProblem p : e.getFieldProblems()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, p.message(), null));
            }
        }
    }

    public List<QuestionSet> getSets() {
        return SETS;
    }

    public List<Integer> getPoints() {
        return List.of(1, 2, 3, 4, 5, 6, 7);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getContext() {
        return context;
    }

    public String getProblem() {
        return problem;
    }

    public boolean isDone() {
        return done;
    }

    public Map<String, Integer> getAnswers() {
        return answers;
    }

    public String getInvalidItem() {
        return invalidItem;
    }
}

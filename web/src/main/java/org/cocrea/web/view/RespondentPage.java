package org.cocrea.web.view;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cocrea.climate.boundary.RespondentView;
import org.cocrea.climate.boundary.SurveyAnswering;
import org.cocrea.climate.control.InstrumentDefinition;
import org.cocrea.climate.entity.Text;
import org.cocrea.platform.BusinessRuleException;

/**
 * The respondent page: one factor (section) at a time, a progress bar, answers saved as a draft on
 * every step and on "save and finish later", then submitted in one go. Reached through the
 * personal link ({@code ?t=...}); works without signing in.
 */
@Named
@ViewScoped
public class RespondentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SurveyAnswering answering;

    private String token;
    private String lang;
    private RespondentView view;
    private String problem;
    private final Map<String, Integer> answers = new HashMap<>();
    private String comment;
    private int section;
    private boolean submitted;
    private String invalidItem;

    /** Reads the link once per view. */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (lang != null && (lang.equals("zh") || lang.equals("en"))) {
            faces.getViewRoot().setLocale(Locale.forLanguageTag(lang));
        }
        if (view != null || problem != null) {
            return;
        }
        if (token == null || token.isBlank()) {
            problem = message("survey.noLink");
            return;
        }
        try {
            view = answering.open(token);
            answers.putAll(view.draft());
            comment = view.draftComment();
            section = Math.min(view.section(), lastSection());
        } catch (BusinessRuleException | EJBException e) {
            problem = messageOf(e);
        }
    }

    /** Saves the answers so far, then shows the next section; coming back later resumes there. */
    public void next() {
        int target = Math.min(section + 1, lastSection());
        if (saveQuietly(target)) {
            section = target;
        }
    }

    public void back() {
        int target = Math.max(0, section - 1);
        if (saveQuietly(target)) {
            section = target;
        }
    }

    public void saveForLater() {
        if (saveQuietly(section)) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_INFO,
                                    message("survey.saved"),
                                    message("survey.savedDetail") + " " + view.closesOn()));
        }
    }

    public void submit() {
        invalidItem = null;
        try {
            answering.submit(token, answers, comment);
            submitted = true;
        } catch (BusinessRuleException e) {
            if (e.getField() != null && e.getField().startsWith("answers.")) {
                invalidItem = e.getField().substring("answers.".length());
                section = sectionOf(invalidItem);
            }
            error(e.getMessage());
        } catch (EJBException e) {
            error(messageOf(e));
        }
    }

    private boolean saveQuietly(int resumeAt) {
        try {
            answering.saveDraft(token, answers, comment, resumeAt);
            return true;
        } catch (BusinessRuleException | EJBException e) {
            error(messageOf(e));
            return false;
        }
    }

    private int sectionOf(String itemKey) {
        List<InstrumentDefinition.FactorDef> factors = getFactors();
        for (int i = 0; i < factors.size(); i++) {
            if (factors.get(i).items().stream().anyMatch(it -> it.key().equals(itemKey))) {
                return i;
            }
        }
        return section;
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static String messageOf(Exception e) {
        Throwable t = e;
        while (t instanceof EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof BusinessRuleException ? t.getMessage() : message("survey.unavailable");
    }

    private static String message(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    /** A bilingual text in the page's language. */
    public String t(Text text) {
        return text == null
                ? ""
                : text.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public List<InstrumentDefinition.FactorDef> getFactors() {
        return view == null ? List.of() : view.instrument().factors();
    }

    public InstrumentDefinition.FactorDef getCurrent() {
        return getFactors().get(section);
    }

    public int lastSection() {
        return Math.max(0, getFactors().size() - 1);
    }

    public boolean isLast() {
        return section == lastSection();
    }

    public int getAnsweredCount() {
        return (int) answers.values().stream().filter(v -> v != null).count();
    }

    public int getItemCount() {
        return view == null ? 0 : view.instrument().itemCount();
    }

    public int getProgress() {
        int n = getItemCount();
        return n == 0 ? 0 : Math.round(100f * getAnsweredCount() / n);
    }

    public boolean isOpen() {
        return view != null && !submitted && view.state() == RespondentView.State.OPEN;
    }

    public String getLanguage() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }

    public String getOtherLanguage() {
        return "zh".equals(getLanguage()) ? "en" : "zh";
    }

    public Map<String, Integer> getAnswers() {
        return answers;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public RespondentView getView() {
        return view;
    }

    public String getProblem() {
        return problem;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public int getSection() {
        return section;
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public String getInvalidItem() {
        return invalidItem;
    }
}

package org.cocrea.web.view;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the engagement screens' view beans share: texts of the page's bundle in its language,
 * messages (beside a field and above the form), numbers and times as the screens show them, and
 * the cause an EJB call failed with.
 */
final class Pages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Pages() {}

    static String msg(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    static String format(String key, Object... args) {
        return new MessageFormat(msg(key), locale()).format(args);
    }

    static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot() == null
                ? Locale.ENGLISH
                : faces.getViewRoot().getLocale();
    }

    /** Whether the page is shown in English (texts the engine writes in English are shown as they are). */
    static boolean english() {
        return "en".equals(locale().getLanguage());
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    static void warn(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
    }

    /** An error above the form, and beside the field when a client id is given. */
    static void error(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (clientId != null) {
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** An error beside the field only. */
    static void fieldError(String clientId, String text) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    static void failed() {
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** The cause an EJB call failed with: the exception itself, or what an EJBException wraps. */
    static Throwable cause(Throwable e) {
        Throwable t = e;
        while (t instanceof EJBException && !(t instanceof EJBAccessException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** A score as the screens show it: one decimal, a dash for none. */
    static String score(double v) {
        return Double.isNaN(v) ? "\u2013" : String.format(Locale.ROOT, "%.1f", v);
    }

    static String when(Instant t) {
        return t == null ? "" : WHEN.format(t.atZone(ZoneId.systemDefault()));
    }
}

package org.cocrea.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.cocrea.climate.boundary.InstrumentDetail;
import org.cocrea.climate.boundary.InstrumentSummary;
import org.cocrea.climate.boundary.Instruments;
import org.cocrea.climate.entity.Text;

/** HR: the instrument library, and one instrument's factors and items in the reader's language. */
@Named
@ViewScoped
public class InstrumentLibraryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Instruments instruments;

    private List<InstrumentSummary> library;
    private InstrumentDetail selected;

    @PostConstruct
    void init() {
        library = instruments.library();
        library.stream().filter(InstrumentSummary::latest).findFirst().ifPresent(this::select);
    }

    public void select(InstrumentSummary summary) {
        selected = instruments.get(summary.id());
    }

    /** A bilingual text in the language of the page. */
    public String t(Text text) {
        if (text == null) {
            return "";
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return text.in(locale);
    }

    /** The other language, shown under each item so HR can check both versions. */
    public String other(Text text) {
        if (text == null) {
            return "";
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return "zh".equals(locale.getLanguage()) ? text.en() : text.zh();
    }

    public List<InstrumentSummary> getLibrary() {
        return library;
    }

    public InstrumentDetail getSelected() {
        return selected;
    }
}

package org.cocrea.web.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cocrea.cocreation.boundary.Moderation;

/** The moderation queue: reported ideas and comments, confirmed (hidden, incident) or dismissed. */
@Named
@ViewScoped
public class ModerationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Moderation moderation;

    private List<Moderation.Item> queue = List.of();
    private String note;

    public void load() {
        try {
            queue = moderation.queue();
        } catch (RuntimeException e) {
            CoPages.refused(e, null);
        }
    }

    public void decide(Moderation.Item item, boolean confirm) {
        try {
            moderation.decide(item.reportId(), confirm, note, item.version());
            Pages.info(Pages.msg(confirm ? "co.reportConfirmed" : "co.reportDismissed"));
            note = null;
            queue = moderation.queue();
        } catch (RuntimeException e) {
            CoPages.refused(e, null);
        }
    }

    public String ago(java.time.Instant t) {
        return CoPages.ago(t);
    }

    public List<Moderation.Item> getQueue() {
        return queue;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}

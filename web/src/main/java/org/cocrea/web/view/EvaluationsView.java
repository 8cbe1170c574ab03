package org.cocrea.web.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.cocreation.boundary.CampaignView;
import org.cocrea.cocreation.boundary.Gates;

/** The evaluator's queue: ideas waiting at a gate for the caller's scorecard. */
@Named
@ViewScoped
public class EvaluationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Gates gates;

    private List<Gates.QueueItem> queue = List.of();
    private Gates.QueueItem current;
    private Map<Long, Integer> scores = new HashMap<>();
    private String comment;

    public void load() {
        try {
            queue = gates.queue();
        } catch (RuntimeException e) {
            CoPages.refused(e, null);
        }
    }

    public void start(Gates.QueueItem item) {
        current = item;
        scores = new HashMap<>();
        for (CampaignView.CriterionView k : item.criteria()) {
            scores.put(k.id(), null);
        }
        comment = null;
    }

    public void submit() {
        Map<Long, Integer> given = new HashMap<>();
        scores.forEach((k, v) -> {
            if (v != null) {
                given.put(k, v);
            }
        });
        try {
            gates.evaluate(current.assignmentId(), given, comment);
            Pages.info(Pages.format("co.evaluated", current.idea().title()));
            current = null;
            queue = gates.queue();
        } catch (RuntimeException e) {
            CoPages.refused(e, "scoreForm");
        }
    }

    public String ago(java.time.Instant t) {
        return CoPages.ago(t);
    }

    public List<Gates.QueueItem> getQueue() {
        return queue;
    }

    public Gates.QueueItem getCurrent() {
        return current;
    }

    public Map<Long, Integer> getScores() {
        return scores;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}

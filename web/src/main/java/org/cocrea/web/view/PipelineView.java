package org.cocrea.web.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.cocrea.cocreation.boundary.CampaignView;
import org.cocrea.cocreation.boundary.Campaigns;
import org.cocrea.cocreation.boundary.Gates;
import org.cocrea.cocreation.control.GateDecision;
import org.primefaces.PrimeFaces;

/**
 * The kanban pipeline of a campaign: a column per stage with its open ideas, most supported
 * first. Dragging a card to the next column (or its "Next stage" button) opens the gate dialog with
 * the evaluation so far; the manager decides there with a rationale.
 */
@Named
@ViewScoped
public class PipelineView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PER_COLUMN = 12;

    @Inject
    Gates gates;

    @Inject
    Campaigns campaigns;

    private String campaign;
    private Gates.Board board;
    private Gates.GateDialog dialog;
    private String decision = "GO";
    private String rationale;
    private List<CampaignView> all = List.of();

    public void load() {
        try {
            all = campaigns.visible();
            if ((campaign == null || campaign.isBlank()) && !all.isEmpty()) {
                campaign = all.get(0).code();
            }
            if (campaign != null) {
                board = gates.board(campaigns.find(campaign).id(), PER_COLUMN);
            }
        } catch (RuntimeException e) {
            CoPages.refused(e, null);
        }
    }

    /** Called by the drop handler (and the card's button) with the idea and the target stage. */
    public void move() {
        Map<String, String> p =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            open(Long.parseLong(p.get("idea")), Long.parseLong(p.get("stage")));
        } catch (NumberFormatException e) {
            Pages.error(null, Pages.msg("co.refused"));
        }
    }

    public void open(long ideaId, long stageId) {
        try {
            dialog = gates.move(ideaId, stageId);
            decision = GateDecision.GO.name();
            rationale = null;
            PrimeFaces.current().executeScript("PF('gateDialog').show()");
        } catch (RuntimeException e) {
            CoPages.refused(e, null);
        }
    }

    /** The stage after the one given, or null for the last. */
    public Long nextStage(long stageId) {
        List<Gates.Column> cols = board.columns();
        for (int i = 0; i < cols.size() - 1; i++) {
            if (cols.get(i).stageId() == stageId) {
                return cols.get(i + 1).stageId();
            }
        }
        return null;
    }

    public void decide() {
        try {
            gates.decide(
                    dialog.idea().id(),
                    GateDecision.valueOf(decision),
                    rationale,
                    dialog.idea().version());
            Pages.info(Pages.format("co.decidedOn", dialog.idea().title()));
            dialog = null;
            board = gates.board(campaigns.find(campaign).id(), PER_COLUMN);
        } catch (RuntimeException e) {
            CoPages.refused(e, "gateForm");
        }
    }

    public String days(java.time.Instant since) {
        return Long.toString(
                java.time.Duration.between(since, java.time.Instant.now()).toDays());
    }

    public boolean overdue(java.time.Instant since, Integer maxDays) {
        return maxDays != null
                && java.time.Duration.between(since, java.time.Instant.now()).toDays() > maxDays;
    }

    public String getCampaign() {
        return campaign;
    }

    public void setCampaign(String campaign) {
        this.campaign = campaign;
    }

    public Gates.Board getBoard() {
        return board;
    }

    public Gates.GateDialog getDialog() {
        return dialog;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public List<CampaignView> getAll() {
        return all;
    }
}

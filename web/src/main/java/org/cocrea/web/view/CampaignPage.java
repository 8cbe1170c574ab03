package org.cocrea.web.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.cocreation.boundary.BoardQuery;
import org.cocrea.cocreation.boundary.CampaignView;
import org.cocrea.cocreation.boundary.Campaigns;
import org.cocrea.cocreation.boundary.IdeaCard;
import org.cocrea.cocreation.boundary.IdeaForm;
import org.cocrea.cocreation.boundary.Ideas;
import org.cocrea.cocreation.control.AttachmentPolicy;
import org.cocrea.engagement.boundary.Page;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;

/**
 * A campaign's page: its problem, scorecard and pipeline, the idea board (cards with search,
 * filters and sort, a page at a time) and the submission form with duplicate suggestions while the
 * title is typed. Filters are view parameters, so a board can be shared as a link.
 */
@Named
@ViewScoped
public class CampaignPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 12;

    @Inject
    Campaigns campaigns;

    @Inject
    Ideas ideas;

    private String code;
    private CampaignView campaign;
    private String q;
    private String status;
    private Long stage;
    private String tag;
    private String orientation;
    private String sort = "votes";
    private int first;
    private Page<IdeaCard> board = new Page<>(List.of(), 0);

    // the submission form
    private String title;
    private String description;
    private String ideaOrientation;
    private List<String> tags = new ArrayList<>();
    private boolean anonymous;
    private List<String> coAuthors = new ArrayList<>();
    private transient UploadedFiles files;
    private List<IdeaCard> similar = List.of();

    public void load() {
        if (campaign == null && code != null) {
            try {
                campaign = campaigns.find(code);
            } catch (RuntimeException e) {
                CoPages.refused(e, null);
                return;
            }
        }
        search();
    }

    public void search() {
        if (campaign == null) {
            return;
        }
        try {
            board = ideas.board(new BoardQuery(campaign.id(), q, status, stage, tag, orientation, sort, first, PAGE));
        } catch (RuntimeException e) {
            CoPages.refused(e, null);
        }
    }

    public void filter() {
        first = 0;
        search();
    }

    public void next() {
        if (first + PAGE < board.total()) {
            first += PAGE;
        }
        search();
    }

    public void previous() {
        first = Math.max(0, first - PAGE);
        search();
    }

    /** Duplicate suggestions for the title typed so far. */
    public void suggest() {
        similar = title == null || title.strip().length() < 4 ? List.of() : ideas.similar(title, campaign.id(), null);
    }

    public String submit() throws IOException {
        List<Ideas.Upload> uploads = new ArrayList<>();
        if (files != null) {
            for (UploadedFile f : files.getFiles()) {
                uploads.add(new Ideas.Upload(f.getFileName(), f.getContentType(), f.getContent()));
            }
        }
        try {
            long id = ideas.submit(
                    campaign.id(),
                    new IdeaForm(title, description, ideaOrientation, tags, anonymous, coAuthors),
                    uploads);
            return "/cocreation/idea.xhtml?faces-redirect=true&id=" + id + "&submitted=true";
        } catch (RuntimeException e) {
            CoPages.refused(e, "submitForm");
            return null;
        }
    }

    public String ago(IdeaCard c) {
        return CoPages.ago(c.submittedAt());
    }

    public String statusLabel(String s) {
        return Pages.msg("co.status." + s);
    }

    public boolean isMore() {
        return first + PAGE < board.total();
    }

    public int getPageNumber() {
        return first / PAGE + 1;
    }

    public long getPages() {
        return Math.max(1, (board.total() + PAGE - 1) / PAGE);
    }

    public long getMaxMb() {
        return AttachmentPolicy.MAX_BYTES / (1024 * 1024);
    }

    public long getMaxBytes() {
        return AttachmentPolicy.MAX_BYTES;
    }

    public int getMaxFiles() {
        return AttachmentPolicy.MAX_FILES;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public CampaignView getCampaign() {
        return campaign;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getStage() {
        return stage;
    }

    public void setStage(Long stage) {
        this.stage = stage;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getOrientation() {
        return orientation;
    }

    public void setOrientation(String orientation) {
        this.orientation = orientation;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public Page<IdeaCard> getBoard() {
        return board;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getIdeaOrientation() {
        return ideaOrientation;
    }

    public void setIdeaOrientation(String ideaOrientation) {
        this.ideaOrientation = ideaOrientation;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags == null ? new ArrayList<>() : tags;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public List<String> getCoAuthors() {
        return coAuthors;
    }

    public void setCoAuthors(List<String> coAuthors) {
        this.coAuthors = coAuthors == null ? new ArrayList<>() : coAuthors;
    }

    public UploadedFiles getFiles() {
        return files;
    }

    public void setFiles(UploadedFiles files) {
        this.files = files;
    }

    public List<IdeaCard> getSimilar() {
        return similar;
    }
}

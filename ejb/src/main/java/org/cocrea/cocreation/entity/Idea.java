package org.cocrea.cocreation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.cocrea.cocreation.control.IdeaStatus;
import org.cocrea.cocreation.control.Orientation;
import org.cocrea.cocreation.control.ParticipantKind;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.type.SqlTypes;

/**
 * An idea submitted to a campaign. Counters (votes, comments, followers) are maintained by SQL
 * updates in the transaction that adds or removes the counted row; the entity only reads them, so
 * saving an idea never writes back a stale count.
 */
@Entity
@Table(name = "idea")
@Indexed(index = "idea")
public class Idea {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cocreation_seq")
    @SequenceGenerator(name = "cocreation_seq", sequenceName = "cocreation_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @Column(name = "campaign_id", insertable = false, updatable = false)
    @GenericField
    private Long campaignId;

    @Column(nullable = false, length = 200)
    @FullTextField(analyzer = SearchAnalysis.TEXT, projectable = Projectable.NO)
    @FullTextField(name = "titleExact", analyzer = SearchAnalysis.PLAIN)
    private String title;

    @Column(name = "description_html", nullable = false, columnDefinition = "text")
    private String descriptionHtml;

    @Column(name = "description_text", nullable = false, columnDefinition = "text")
    @FullTextField(analyzer = SearchAnalysis.TEXT)
    private String descriptionText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Orientation orientation;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(40)[]")
    private String[] tags = new String[0];

    @Column(nullable = false)
    private boolean anonymous;

    @Column(nullable = false, length = 255)
    private String submitter;

    @Enumerated(EnumType.STRING)
    @Column(name = "submitter_kind", nullable = false, length = 20)
    private ParticipantKind submitterKind;

    @Column(name = "unit_id")
    private Long unitId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "stage_id")
    private CampaignStage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @GenericField
    private IdeaStatus status;

    @Column(name = "stage_entered_at", nullable = false)
    private Instant stageEnteredAt;

    @Column(name = "stage_alerted_at")
    private Instant stageAlertedAt;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(nullable = false)
    @GenericField
    private boolean hidden;

    @Column(name = "vote_count", nullable = false, insertable = false, updatable = false)
    private int voteCount;

    @Column(name = "comment_count", nullable = false, insertable = false, updatable = false)
    private int commentCount;

    @Column(name = "follower_count", nullable = false, insertable = false, updatable = false)
    private int followerCount;

    private Double score;

    @Version
    private int version;

    protected Idea() {}

    public Idea(
            Campaign campaign,
            String title,
            String descriptionHtml,
            String descriptionText,
            Orientation orientation,
            String[] tags,
            boolean anonymous,
            Participant submitter,
            CampaignStage firstStage,
            Instant now) {
        this.campaign = campaign;
        this.campaignId = campaign.getId();
        this.title = title;
        this.descriptionHtml = descriptionHtml;
        this.descriptionText = descriptionText;
        this.orientation = orientation;
        this.tags = tags;
        this.anonymous = anonymous;
        this.submitter = submitter.getUsername();
        this.submitterKind = submitter.getKind();
        this.unitId = submitter.getUnitId();
        this.stage = firstStage;
        this.status = IdeaStatus.ACTIVE;
        this.stageEnteredAt = now;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    /** Edits the text of the idea. */
    public void edit(
            String title,
            String descriptionHtml,
            String descriptionText,
            Orientation orientation,
            String[] tags,
            Instant now) {
        this.title = title;
        this.descriptionHtml = descriptionHtml;
        this.descriptionText = descriptionText;
        this.orientation = orientation;
        this.tags = tags;
        this.updatedAt = now;
    }

    /** Moves the idea: a new stage (or the same) and status. */
    public void move(CampaignStage to, IdeaStatus newStatus, Instant now) {
        if (to.getId() == null || !to.getId().equals(stage.getId())) {
            stageEnteredAt = now;
            stageAlertedAt = null;
        }
        this.stage = to;
        this.status = newStatus;
        this.updatedAt = now;
    }

    public void scored(Double score, Instant now) {
        this.score = score;
        this.updatedAt = now;
    }

    public void mergedInto(long target, Instant now) {
        this.mergedIntoId = target;
        this.status = IdeaStatus.MERGED;
        this.updatedAt = now;
    }

    public void hide(Instant now) {
        this.hidden = true;
        this.updatedAt = now;
    }

    public void alerted(Instant now) {
        this.stageAlertedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescriptionHtml() {
        return descriptionHtml;
    }

    public String getDescriptionText() {
        return descriptionText;
    }

    public Orientation getOrientation() {
        return orientation;
    }

    public String[] getTags() {
        return tags.clone();
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public String getSubmitter() {
        return submitter;
    }

    public ParticipantKind getSubmitterKind() {
        return submitterKind;
    }

    public Long getUnitId() {
        return unitId;
    }

    public CampaignStage getStage() {
        return stage;
    }

    public IdeaStatus getStatus() {
        return status;
    }

    public Instant getStageEnteredAt() {
        return stageEnteredAt;
    }

    public Instant getStageAlertedAt() {
        return stageAlertedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public boolean isHidden() {
        return hidden;
    }

    public int getVoteCount() {
        return voteCount;
    }

    public int getCommentCount() {
        return commentCount;
    }

    public int getFollowerCount() {
        return followerCount;
    }

    public Double getScore() {
        return score;
    }

    public int getVersion() {
        return version;
    }
}

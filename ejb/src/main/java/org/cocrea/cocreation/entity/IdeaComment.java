package org.cocrea.cocreation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/** A comment on an idea; {@code parentId} makes threads. */
@Entity
@Table(name = "idea_comment")
@Indexed(index = "comment")
@NamedQuery(
        name = IdeaComment.OF_IDEA,
        query = "select c from IdeaComment c where c.ideaId = :idea order by c.createdAt, c.id")
public class IdeaComment {

    public static final String OF_IDEA = "IdeaComment.ofIdea";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cocreation_seq")
    @SequenceGenerator(name = "cocreation_seq", sequenceName = "cocreation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "idea_id", nullable = false)
    // IdeaSearch projects on it (the idea a matching comment belongs to); the Lucene backend
    // stores a field for projections only when asked
    @GenericField(projectable = Projectable.YES)
    private long ideaId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false, length = 255)
    private String author;

    @Column(name = "body_html", nullable = false, columnDefinition = "text")
    private String bodyHtml;

    @Column(name = "body_text", nullable = false, columnDefinition = "text")
    @FullTextField(analyzer = SearchAnalysis.TEXT)
    private String bodyText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(nullable = false)
    @GenericField
    private boolean hidden;

    @Version
    private int version;

    protected IdeaComment() {}

    public IdeaComment(long ideaId, Long parentId, String author, String bodyHtml, String bodyText, Instant now) {
        this.ideaId = ideaId;
        this.parentId = parentId;
        this.author = author;
        this.bodyHtml = bodyHtml;
        this.bodyText = bodyText;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void edit(String bodyHtml, String bodyText, Instant now) {
        this.bodyHtml = bodyHtml;
        this.bodyText = bodyText;
        this.editedAt = now;
        this.updatedAt = now;
    }

    public void hide(Instant now) {
        this.hidden = true;
        this.updatedAt = now;
    }

    public void moveTo(long ideaId, Instant now) {
        this.ideaId = ideaId;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getIdeaId() {
        return ideaId;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getAuthor() {
        return author;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getBodyText() {
        return bodyText;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public boolean isHidden() {
        return hidden;
    }

    public int getVersion() {
        return version;
    }
}

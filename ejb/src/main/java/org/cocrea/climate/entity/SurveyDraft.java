package org.cocrea.climate.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Unfinished answers, so a respondent can stop and come back. The payload is encrypted with a key
 * derived from the personal link's token, which Cocrea does not store; the draft is deleted when
 * the answers are submitted.
 */
@Entity
@Table(name = "survey_draft")
public class SurveyDraft {

    @Id
    @Column(name = "invitation_id")
    private Long invitationId;

    @Column(nullable = false)
    private int section;

    @Column(nullable = false)
    private byte[] payload;

    @Version
    private int version;

    protected SurveyDraft() {}

    public SurveyDraft(long invitationId) {
        this.invitationId = invitationId;
    }

    public void save(int section, byte[] payload) {
        this.section = section;
        this.payload = payload.clone();
    }

    public Long getInvitationId() {
        return invitationId;
    }

    public int getSection() {
        return section;
    }

    public byte[] getPayload() {
        return payload.clone();
    }
}

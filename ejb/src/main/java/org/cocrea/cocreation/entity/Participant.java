package org.cocrea.cocreation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cocrea.cocreation.control.ParticipantKind;

/**
 * A person who takes part in co-creation, keyed by the user name they sign in with. Customers and
 * employees are linked to their stakeholder record so that what they contribute counts as
 * engagement activity.
 */
@Entity
@Table(name = "participant")
public class Participant {

    @Id
    @Column(length = 255)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 320)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ParticipantKind kind;

    @Column(name = "stakeholder_id")
    private Long stakeholderId;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(nullable = false)
    private int points;

    @Column(name = "leaderboard_opt_out", nullable = false)
    private boolean leaderboardOptOut;

    @Column(name = "email_notifications", nullable = false)
    private boolean emailNotifications = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Participant() {}

    public Participant(String username, String displayName, String email, ParticipantKind kind, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.kind = kind;
        this.createdAt = now;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public ParticipantKind getKind() {
        return kind;
    }

    public Long getStakeholderId() {
        return stakeholderId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public int getPoints() {
        return points;
    }

    public boolean isLeaderboardOptOut() {
        return leaderboardOptOut;
    }

    public boolean isEmailNotifications() {
        return emailNotifications;
    }

    public void profile(String displayName, String email) {
        if (displayName != null && !displayName.isBlank()) {
            this.displayName = displayName.strip();
        }
        if (email != null && !email.isBlank()) {
            this.email = email.strip();
        }
    }

    public void link(ParticipantKind kind, Long stakeholderId, Long unitId) {
        this.kind = kind;
        this.stakeholderId = stakeholderId;
        this.unitId = unitId;
    }

    public void preferences(boolean leaderboardOptOut, boolean emailNotifications) {
        this.leaderboardOptOut = leaderboardOptOut;
        this.emailNotifications = emailNotifications;
    }
}

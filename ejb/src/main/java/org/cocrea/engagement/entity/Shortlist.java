package org.cocrea.engagement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A saved shortlist from the identification screen: the stakeholders picked for a co-creation
 * campaign, with the criteria that ranked them (members are rows of {@code engagement_shortlist_member}).
 */
@Entity
@Table(name = "engagement_shortlist")
@NamedQuery(name = Shortlist.RECENT, query = "select s from Shortlist s order by s.createdAt desc, s.id desc")
public class Shortlist {

    public static final String RECENT = "Shortlist.recent";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shortlist_seq")
    @SequenceGenerator(name = "shortlist_seq", sequenceName = "shortlist_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 200)
    private String campaign;

    @Column(nullable = false, columnDefinition = "text")
    private String criteria;

    @Column(name = "created_by", nullable = false, length = 255)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Shortlist() {}

    public Shortlist(String name, String campaign, String criteria, String createdBy, Instant createdAt) {
        this.name = name;
        this.campaign = campaign;
        this.criteria = criteria;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCampaign() {
        return campaign;
    }

    public String getCriteria() {
        return criteria;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

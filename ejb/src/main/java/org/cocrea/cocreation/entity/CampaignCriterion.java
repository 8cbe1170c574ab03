package org.cocrea.cocreation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One weighted criterion of a campaign's scorecard. */
@Entity
@Table(name = "campaign_criterion")
public class CampaignCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cocreation_seq")
    @SequenceGenerator(name = "cocreation_seq", sequenceName = "cocreation_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 500)
    private String description;

    @Column(nullable = false)
    private double weight;

    protected CampaignCriterion() {}

    CampaignCriterion(Campaign campaign, int position, String name, String description, double weight) {
        this.campaign = campaign;
        this.position = position;
        this.name = name;
        this.description = description;
        this.weight = weight;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public double getWeight() {
        return weight;
    }

    void update(int position, String name, String description, double weight) {
        this.position = position;
        this.name = name;
        this.description = description;
        this.weight = weight;
    }
}

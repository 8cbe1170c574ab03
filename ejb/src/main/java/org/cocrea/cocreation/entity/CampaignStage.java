package org.cocrea.cocreation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.cocrea.cocreation.control.Phase;

/** One stage of a campaign's pipeline; its gate is the decision that ends it. */
@Entity
@Table(name = "campaign_stage")
public class CampaignStage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cocreation_seq")
    @SequenceGenerator(name = "cocreation_seq", sequenceName = "cocreation_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Phase phase;

    @Column(name = "max_days")
    private Integer maxDays;

    @Column(nullable = false)
    private boolean participation;

    protected CampaignStage() {}

    CampaignStage(
            Campaign campaign,
            int position,
            String code,
            String name,
            Phase phase,
            Integer maxDays,
            boolean participation) {
        this.campaign = campaign;
        this.position = position;
        this.code = code;
        this.name = name;
        this.phase = phase;
        this.maxDays = maxDays;
        this.participation = participation;
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Phase getPhase() {
        return phase;
    }

    public Integer getMaxDays() {
        return maxDays;
    }

    public boolean isParticipation() {
        return participation;
    }

    void update(String code, String name, Phase phase, Integer maxDays, boolean participation) {
        this.code = code;
        this.phase = phase;
        this.name = name;
        this.maxDays = maxDays;
        this.participation = participation;
    }
}

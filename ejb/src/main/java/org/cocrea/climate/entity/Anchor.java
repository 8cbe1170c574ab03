package org.cocrea.climate.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The label of one point of the response scale. */
@Embeddable
public class Anchor {

    @Column(name = "point", nullable = false)
    private int point;

    @Column(name = "label_en", nullable = false, length = 80)
    private String labelEn;

    @Column(name = "label_zh", nullable = false, length = 80)
    private String labelZh;

    protected Anchor() {}

    public Anchor(int point, Text label) {
        this.point = point;
        this.labelEn = label.en();
        this.labelZh = label.zh();
    }

    public int getPoint() {
        return point;
    }

    public Text getLabel() {
        return new Text(labelEn, labelZh);
    }
}

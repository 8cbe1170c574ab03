package org.cocrea.climate.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One question of an instrument. */
@Entity
@Table(name = "instrument_item")
public class InstrumentItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "instrument_item_seq")
    @SequenceGenerator(name = "instrument_item_seq", sequenceName = "instrument_item_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private int position;

    @Column(name = "item_key", nullable = false, length = 60)
    private String key;

    @Column(name = "text_en", nullable = false)
    private String textEn;

    @Column(name = "text_zh", nullable = false)
    private String textZh;

    @Column(name = "reverse_keyed", nullable = false)
    private boolean reverseKeyed;

    protected InstrumentItem() {}

    public InstrumentItem(int position, String key, Text text, boolean reverseKeyed) {
        this.position = position;
        this.key = key;
        this.textEn = text.en();
        this.textZh = text.zh();
        this.reverseKeyed = reverseKeyed;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getKey() {
        return key;
    }

    public Text getText() {
        return new Text(textEn, textZh);
    }

    public boolean isReverseKeyed() {
        return reverseKeyed;
    }
}

package org.cocrea.climate.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A factor (subscale) of an instrument and its items. */
@Entity
@Table(name = "instrument_factor")
public class InstrumentFactor {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "instrument_factor_seq")
    @SequenceGenerator(name = "instrument_factor_seq", sequenceName = "instrument_factor_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private int position;

    @Column(name = "factor_key", nullable = false, length = 60)
    private String key;

    @Column(name = "factor_group", length = 40)
    private String group;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "description_en")
    private String descriptionEn;

    @Column(name = "description_zh")
    private String descriptionZh;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "factor_id", nullable = false)
    @OrderBy("position")
    private List<InstrumentItem> items = new ArrayList<>();

    protected InstrumentFactor() {}

    public InstrumentFactor(int position, String key, String group, Text name, Text description) {
        this.position = position;
        this.key = key;
        this.group = group;
        this.nameEn = name.en();
        this.nameZh = name.zh();
        this.descriptionEn = description == null ? null : description.en();
        this.descriptionZh = description == null ? null : description.zh();
    }

    public void addItem(InstrumentItem item) {
        items.add(item);
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

    public String getGroup() {
        return group;
    }

    public Text getName() {
        return new Text(nameEn, nameZh);
    }

    public Text getDescription() {
        return Text.ofNullable(descriptionEn, descriptionZh);
    }

    public List<InstrumentItem> getItems() {
        return Collections.unmodifiableList(items);
    }
}

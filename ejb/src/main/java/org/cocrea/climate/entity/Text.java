package org.cocrea.climate.entity;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/** A text in English and Chinese; {@link #in(Locale)} picks by language, English otherwise. */
public record Text(String en, String zh) implements Serializable {

    public Text {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
    }

    /** An optional text as stored in two columns: absent when there is no English, missing Chinese as empty. */
    public static Text ofNullable(String en, String zh) {
        return en == null ? null : new Text(en, zh == null ? "" : zh);
    }

    public String in(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? zh : en;
    }
}

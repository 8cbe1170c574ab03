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

    public String in(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? zh : en;
    }
}

package org.cocrea.kpi.control;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a measurement or snapshot is about: the whole organisation, one org unit or one campaign.
 * Written as {@code organisation}, {@code unit:SALES} or {@code campaign:SPRING-26}; a bare code
 * such as {@code SALES} is read as a unit code. Codes follow the org-unit code rule: a letter or
 * digit, then up to 39 letters, digits, dots, hyphens or underscores.
 *
 * @param kind organisation, unit or campaign
 * @param code the unit's or campaign's code; null for the organisation
 */
public record Scope(Kind kind, String code) implements Comparable<Scope>, Serializable {

    /** The field name used in messages. */
    public static final String FIELD = "scope";

    /** What the scope is. */
    public enum Kind {
        ORGANISATION,
        UNIT,
        CAMPAIGN;

        /** {@code organisation}, {@code unit} or {@code campaign}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The whole organisation. */
    public static final Scope ORGANISATION = new Scope(Kind.ORGANISATION, null);

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    private static final Comparator<Scope> ORDER =
            Comparator.comparing(Scope::kind).thenComparing(s -> s.code == null ? "" : s.code);

    public Scope {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.ORGANISATION) {
            if (code != null) {
                throw new IllegalArgumentException("The organisation scope has no code, was " + code);
            }
        } else if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a " + kind.code() + " code: " + code);
        }
    }

    /** The org unit with this code. */
    public static Scope unit(String code) {
        return new Scope(Kind.UNIT, code);
    }

    /** The campaign with this code. */
    public static Scope campaign(String code) {
        return new Scope(Kind.CAMPAIGN, code);
    }

    /**
     * Reads {@code organisation} (also {@code org}, {@code all} or nothing), {@code unit:CODE},
     * {@code campaign:CODE} or a bare unit code.
     *
     * @throws InvalidFieldException naming {@value #FIELD} when the text is not a scope
     */
    public static Scope parse(String text) {
        return parse(text, FIELD);
    }

    /** Reads a scope as {@link #parse(String)} does; a problem names {@code field}. */
    public static Scope parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return ORGANISATION;
        }
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("organisation")
                || lower.equals("organization")
                || lower.equals("org")
                || lower.equals("all")) {
            return ORGANISATION;
        }
        int colon = t.indexOf(':');
        Kind kind = Kind.UNIT;
        String code = t;
        if (colon >= 0) {
            String prefix = lower.substring(0, colon).strip();
            code = t.substring(colon + 1).strip();
            kind = switch (prefix) {
                case "unit" -> Kind.UNIT;
                case "campaign" -> Kind.CAMPAIGN;
                default ->
                    throw new InvalidFieldException(
                            field,
                            "'" + t + "' is not a scope. Write organisation, unit:CODE or campaign:CODE (a bare code is"
                                    + " a unit).");
            };
        }
        if (!CODE.matcher(code).matches()) {
            throw new InvalidFieldException(
                    field,
                    "'" + code + "' is not a " + kind.code() + " code: use up to 40 letters, digits, dots, hyphens"
                            + " or underscores, starting with a letter or digit.");
        }
        return new Scope(kind, code);
    }

    /** Whether this is the whole organisation. */
    public boolean isOrganisation() {
        return kind == Kind.ORGANISATION;
    }

    /** {@code organisation}, {@code unit:SALES} or {@code campaign:SPRING-26}. */
    @Override
    public String toString() {
        return kind == Kind.ORGANISATION ? "organisation" : kind.code() + ":" + code;
    }

    @Override
    public int compareTo(Scope other) {
        return ORDER.compare(this, other);
    }
}

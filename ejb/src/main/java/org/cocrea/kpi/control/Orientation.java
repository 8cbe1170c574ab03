package org.cocrea.kpi.control;

/**
 * Whether an idea explores new competences (new products, markets, technologies) or exploits
 * existing ones (improving what the firm already does) — the two sides of competence
 * ambidexterity. Ideas the innovation office has not tagged are {@link #UNTAGGED} and do not count
 * in the ambidexterity KPIs.
 */
public enum Orientation {
    EXPLORATION,
    EXPLOITATION,
    UNTAGGED
}

package org.cocrea.cocreation.control;

/**
 * Whether an idea explores new competences (new products, markets, technologies) or exploits
 * existing ones (improving what the firm already does): the two sides of competence ambidexterity.
 */
public enum Orientation {
    EXPLORATION("Exploration"),
    EXPLOITATION("Exploitation");

    private final String label;

    Orientation(String label) {
        this.label = label;
    }

    /** The name shown to people, e.g. "Exploration". */
    public String label() {
        return label;
    }
}

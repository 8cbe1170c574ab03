package org.cocrea.cocreation.control;

/** The kind of ideas a campaign asks for: exploration, exploitation or both. */
public enum CampaignOrientation {
    EXPLORATION("Exploration"),
    EXPLOITATION("Exploitation"),
    BOTH("Exploration and exploitation");

    private final String label;

    CampaignOrientation(String label) {
        this.label = label;
    }

    /** The name shown to people. */
    public String label() {
        return label;
    }

    /** Whether an idea of this orientation fits the campaign: {@link #BOTH} accepts either. */
    public boolean accepts(Orientation idea) {
        return switch (this) {
            case EXPLORATION -> idea == Orientation.EXPLORATION;
            case EXPLOITATION -> idea == Orientation.EXPLOITATION;
            case BOTH -> idea != null;
        };
    }
}

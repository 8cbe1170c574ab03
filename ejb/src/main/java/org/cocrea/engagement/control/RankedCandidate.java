package org.cocrea.engagement.control;

import java.util.List;

/**
 * One stakeholder's place in a ranking and the score breakdown that explains it.
 *
 * @param rank 1 for the first; 0 when the breakdown was asked for outside a ranking
 * @param stakeholderId the stakeholder
 * @param score the value ranked by (combined, ability or willingness, see {@link
 *     IdentificationCriteria.RankBy})
 * @param combined ability<sup>α</sup> × willingness<sup>1−α</sup>
 * @param ability the weighted mean of the chosen abilities, 0..100
 * @param willingness the engagement index, 0..100
 * @param quadrant ability × willingness quadrant
 * @param abilityParts the chosen abilities with their scores and normalised weights
 * @param risk the co-destruction risk
 * @param explanation the breakdown in words
 */
public record RankedCandidate(
        int rank,
        String stakeholderId,
        double score,
        double combined,
        double ability,
        double willingness,
        Quadrant quadrant,
        List<AbilityPart> abilityParts,
        double risk,
        String explanation)
        implements java.io.Serializable {

    /**
     * One chosen ability in the ability score.
     *
     * @param ability which
     * @param score the stakeholder's score on it
     * @param share its normalised weight, 0..1 (shares add up to 1)
     */
    public record AbilityPart(Ability ability, double score, double share) implements java.io.Serializable {}

    public RankedCandidate {
        abilityParts = List.copyOf(abilityParts);
    }
}

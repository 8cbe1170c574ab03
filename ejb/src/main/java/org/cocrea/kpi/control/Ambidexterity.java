package org.cocrea.kpi.control;

import java.io.Serializable;
import java.util.Optional;

/**
 * Competence ambidexterity of a period's ideas: how evenly, and how much of both, exploration and
 * exploitation are pursued.
 *
 * <p>Normalisation: of the ideas tagged exploration or exploitation (untagged ideas are left out),
 * the exploration share is e = exploration / (exploration + exploitation) and the exploitation share
 * is i = exploitation / (exploration + exploitation), so e + i = 1. Then
 *
 * <ul>
 *   <li><b>balance</b> = 1 − |e − i|: 1 for an even split, 0 when only one side is pursued;
 *   <li><b>combined</b> = e × i: at most 0.25 (at an even split), 0 when only one side is pursued.
 * </ul>
 *
 * Because e + i = 1 both indices depend only on |e − i|: combined = (1 − (1 − balance)²) / 4. They
 * rank periods alike; combined weighs departures from an even split less near the middle and more
 * near the ends. Without tagged ideas neither can be computed.
 *
 * @param explorationIdeas ideas tagged exploration
 * @param exploitationIdeas ideas tagged exploitation
 * @param explorationShare e
 * @param exploitationShare i = 1 − e
 * @param balance 1 − |e − i|
 * @param combined e × i
 */
public record Ambidexterity(
        long explorationIdeas,
        long exploitationIdeas,
        double explorationShare,
        double exploitationShare,
        double balance,
        double combined)
        implements Serializable {

    /** The indices for these counts; empty when no idea is tagged. */
    public static Optional<Ambidexterity> of(long explorationIdeas, long exploitationIdeas) {
        if (explorationIdeas < 0 || exploitationIdeas < 0) {
            throw new IllegalArgumentException(
                    "Idea counts cannot be negative: " + explorationIdeas + ", " + exploitationIdeas);
        }
        long tagged = explorationIdeas + exploitationIdeas;
        if (tagged == 0) {
            return Optional.empty();
        }
        double e = (double) explorationIdeas / tagged;
        double i = (double) exploitationIdeas / tagged;
        return Optional.of(new Ambidexterity(explorationIdeas, exploitationIdeas, e, i, 1 - Math.abs(e - i), e * i));
    }
}

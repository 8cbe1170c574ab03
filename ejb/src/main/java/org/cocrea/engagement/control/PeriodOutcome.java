package org.cocrea.engagement.control;

/**
 * What a stakeholder contributed in one period (a month or a quarter) and how it was received;
 * the input of the learning ability, which looks at the trend over periods.
 *
 * @param contributions ideas, answers, reviews and test findings submitted in the period
 * @param accepted how many of them the firm accepted (≤ contributions)
 * @param helpfulVotes helpfulness votes they received from others
 */
public record PeriodOutcome(int contributions, int accepted, int helpfulVotes) {

    public PeriodOutcome {
        if (contributions < 0 || accepted < 0 || helpfulVotes < 0) {
            throw new IllegalArgumentException(
                    "Period counts cannot be negative: " + contributions + ", " + accepted + ", " + helpfulVotes);
        }
        if (accepted > contributions) {
            throw new IllegalArgumentException(
                    "A period cannot have more accepted (" + accepted + ") than contributions (" + contributions + ")");
        }
    }
}

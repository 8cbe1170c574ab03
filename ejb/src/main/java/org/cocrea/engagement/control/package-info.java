/**
 * Plain-Java engagement logic, free of container and persistence dependencies:
 *
 * <ul>
 *   <li>the vocabulary: {@link org.cocrea.engagement.control.ActivityType} (12 kinds of activity,
 *       their default weights, the abilities they give evidence of, the direction of knowledge),
 *       {@link org.cocrea.engagement.control.StakeholderKind}, {@link
 *       org.cocrea.engagement.control.Channel}, {@link org.cocrea.engagement.control.Ability};
 *   <li>input checks: {@link org.cocrea.engagement.control.ActivityInput} (REST, single and
 *       batch), {@link org.cocrea.engagement.control.ActivityRows} (activity CSV) and {@link
 *       org.cocrea.engagement.control.StakeholderRows} (stakeholder CSV or XLSX), all with
 *       per-row, per-column messages;
 *   <li>compact aggregates: {@link org.cocrea.engagement.control.ActivityHistory} (daily counts per
 *       type for one stakeholder) and {@link org.cocrea.engagement.control.RollingEngagement} (the
 *       window totals of a whole population, advanced one day at a time without a full
 *       recompute);
 *   <li>scores: {@link org.cocrea.engagement.control.EngagementIndex} (willingness), {@link
 *       org.cocrea.engagement.control.CapabilityCalculator} (ability, normalised against the
 *       population by {@link org.cocrea.engagement.control.PercentileRanks}), {@link
 *       org.cocrea.engagement.control.Identification} (ability × willingness, shortlists), {@link
 *       org.cocrea.engagement.control.CoDestructionRisk} and {@link
 *       org.cocrea.engagement.control.ExperienceScores}.
 * </ul>
 *
 * <p>Every formula, default and the research behind it is described in {@code
 * docs/engagement-index.md}.
 */
package org.cocrea.engagement.control;

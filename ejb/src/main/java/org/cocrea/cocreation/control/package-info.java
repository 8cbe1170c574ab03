/**
 * Plain-Java logic of the co-creation workflows, free of container and persistence dependencies:
 *
 * <ul>
 *   <li>the vocabulary: {@link org.cocrea.cocreation.control.Audience}, {@link
 *       org.cocrea.cocreation.control.CampaignOrientation}, {@link
 *       org.cocrea.cocreation.control.Orientation}, {@link org.cocrea.cocreation.control.IdeaStatus},
 *       {@link org.cocrea.cocreation.control.Phase}, {@link
 *       org.cocrea.cocreation.control.ParticipantKind}, {@link
 *       org.cocrea.cocreation.control.GateDecision};
 *   <li>the stage-gate pipeline: {@link org.cocrea.cocreation.control.StageDefinition} and {@link
 *       org.cocrea.cocreation.control.DefaultStages} (the five research stages), {@link
 *       org.cocrea.cocreation.control.Pipeline} (gate decisions, kanban moves), {@link
 *       org.cocrea.cocreation.control.TransitionRules} with {@link
 *       org.cocrea.cocreation.control.SupportRule} (support threshold, stage time limits);
 *   <li>gate evaluation: {@link org.cocrea.cocreation.control.Scorecard};
 *   <li>recognition: {@link org.cocrea.cocreation.control.Recognition}, {@link
 *       org.cocrea.cocreation.control.Contribution}, {@link org.cocrea.cocreation.control.Badge},
 *       {@link org.cocrea.cocreation.control.Tally};
 *   <li>input: {@link org.cocrea.cocreation.control.RichText} (HTML sanitising), {@link
 *       org.cocrea.cocreation.control.Mentions}, {@link org.cocrea.cocreation.control.Tags}, {@link
 *       org.cocrea.cocreation.control.AttachmentPolicy}.
 * </ul>
 *
 * <p>Problems with input are raised as {@link org.cocrea.platform.BusinessRuleException} naming the
 * field, with messages written for the person who filled in the form.
 */
package org.cocrea.cocreation.control;

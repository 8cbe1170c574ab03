package org.cocrea.engagement.control;

/**
 * Which way customer knowledge moves in an activity. Knowledge management research separates
 * knowledge <em>for</em> customers (what the firm tells them about products and markets),
 * knowledge <em>about</em> customers (their profile and history, kept on the stakeholder) and
 * knowledge <em>from</em> customers (their ideas, feedback, complaints and expectations).
 */
public enum KnowledgeFlow {
    /** The stakeholder gives the firm knowledge: ideas, comments, reviews, test findings, complaints. */
    FROM_STAKEHOLDER,
    /** The firm gives the stakeholder knowledge: articles, events. */
    FOR_STAKEHOLDER,
    /** No knowledge changes hands as such: visits, referrals. */
    NONE
}

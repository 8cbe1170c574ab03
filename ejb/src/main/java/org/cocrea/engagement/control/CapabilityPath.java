package org.cocrea.engagement.control;

/**
 * The two ways an ability shows. <b>Result-oriented</b> identification looks at what the
 * stakeholder achieved (accepted and implemented ideas, converted referrals, accepted test
 * findings); <b>process-oriented</b> identification looks at how the stakeholder interacts while
 * taking part (helpfulness votes and replies others give, speed of answers, improvement over time).
 */
public enum CapabilityPath {
    RESULT,
    PROCESS
}

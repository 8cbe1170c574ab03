package org.cocrea.cocreation.control;

import java.util.List;

/**
 * The pipeline a new campaign starts with: the five innovation stages customers take part in,
 * one per phase. Customers can be invited to tasks in development (co-design) and validation
 * (tests).
 *
 * <table>
 *   <caption>Default stages</caption>
 *   <tr><th>code</th><th>name</th><th>time limit</th><th>participation</th></tr>
 *   <tr><td>identification</td><td>Requirement identification</td><td>30 days</td><td>no</td></tr>
 *   <tr><td>interpretation</td><td>Interpretation</td><td>30 days</td><td>no</td></tr>
 *   <tr><td>development</td><td>Development</td><td>60 days</td><td>yes</td></tr>
 *   <tr><td>validation</td><td>Validation and testing</td><td>45 days</td><td>yes</td></tr>
 *   <tr><td>launch</td><td>Launch</td><td>60 days</td><td>no</td></tr>
 * </table>
 */
public final class DefaultStages {

    private static final List<StageDefinition> STAGES = List.of(
            new StageDefinition("identification", Phase.IDENTIFICATION.label(), Phase.IDENTIFICATION, 30, false),
            new StageDefinition("interpretation", Phase.INTERPRETATION.label(), Phase.INTERPRETATION, 30, false),
            new StageDefinition("development", Phase.DEVELOPMENT.label(), Phase.DEVELOPMENT, 60, true),
            new StageDefinition("validation", Phase.VALIDATION.label(), Phase.VALIDATION, 45, true),
            new StageDefinition("launch", Phase.LAUNCH.label(), Phase.LAUNCH, 60, false));

    private DefaultStages() {}

    /** The five default stages, in order (an unmodifiable list). */
    public static List<StageDefinition> list() {
        return STAGES;
    }
}

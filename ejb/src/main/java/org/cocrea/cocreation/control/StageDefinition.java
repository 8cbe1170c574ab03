package org.cocrea.cocreation.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.BusinessRuleException.FieldProblem;

/**
 * One stage of a campaign's pipeline, as the innovation office defines it. The gate of a stage is
 * the decision that ends it.
 *
 * <p>Rules: the code is 2 to 40 lower-case letters, digits and hyphens (e.g. {@code co-design});
 * the name is 1 to 120 characters; the phase is required; the time limit is empty (no limit) or 1
 * to {@value #MAX_DAYS} days. Code and name are trimmed when the record is made; nothing else is
 * checked then, so that a form can hold what was typed. {@link #check()} checks one stage and
 * {@link #checkPipeline(List)} a whole pipeline.
 *
 * @param code short identifier, unique within the campaign
 * @param name the name shown on the board
 * @param phase the research stage it belongs to
 * @param maxDays after how many days in the stage an idea alerts its owner; null for no limit
 * @param participation whether customers and other stakeholders can be invited to tasks here
 */
public record StageDefinition(String code, String name, Phase phase, Integer maxDays, boolean participation) {

    /** The fewest stages a pipeline may have. */
    public static final int MIN_STAGES = 2;

    /** The most stages a pipeline may have. */
    public static final int MAX_STAGES = 12;

    /** The longest time limit of a stage: ten years. */
    public static final int MAX_DAYS = 3650;

    /** The longest name. */
    public static final int MAX_NAME = 120;

    private static final Pattern CODE = Pattern.compile("[a-z0-9-]{2,40}");

    public StageDefinition {
        code = code == null ? null : code.strip();
        name = name == null ? null : name.strip();
    }

    /** Checks this stage alone; problems name the fields {@code code}, {@code name} ... */
    public void check() {
        List<FieldProblem> problems = problems("");
        if (!problems.isEmpty()) {
            throw BusinessRuleException.invalid("The stage is not valid.", problems);
        }
    }

    /**
     * The problems of this stage, each field name preceded by {@code prefix} (e.g. {@code
     * stages[2].}).
     */
    List<FieldProblem> problems(String prefix) {
        List<FieldProblem> out = new ArrayList<>();
        if (code == null || code.isEmpty()) {
            out.add(new FieldProblem(prefix + "code", "Enter a code for the stage, e.g. co-design."));
        } else if (!CODE.matcher(code).matches()) {
            out.add(new FieldProblem(
                    prefix + "code",
                    "The code \"" + code + "\" must be 2 to 40 lower-case letters, digits and hyphens, e.g."
                            + " co-design."));
        }
        if (name == null || name.isEmpty()) {
            out.add(new FieldProblem(prefix + "name", "Enter a name for the stage."));
        } else if (name.length() > MAX_NAME) {
            out.add(new FieldProblem(
                    prefix + "name",
                    "The name can be at most " + MAX_NAME + " characters; it has " + name.length() + "."));
        }
        if (phase == null) {
            out.add(new FieldProblem(prefix + "phase", "Choose the phase the stage belongs to."));
        }
        if (maxDays != null && (maxDays < 1 || maxDays > MAX_DAYS)) {
            out.add(new FieldProblem(
                    prefix + "maxDays",
                    "The time limit must be 1 to " + MAX_DAYS + " days, or left empty for no limit; it was " + maxDays
                            + "."));
        }
        return out;
    }

    /**
     * Checks a campaign's pipeline: {@value #MIN_STAGES} to {@value #MAX_STAGES} stages, each valid,
     * codes unique, the first stage in phase {@link Phase#IDENTIFICATION}, and phases never going
     * back (each stage's phase is the same as or later than the one before, in research order).
     * Every problem is listed; fields are named like {@code stages[2].code} (positions from 0),
     * messages count stages from 1 as people do.
     *
     * @throws BusinessRuleException listing every problem
     */
    public static void checkPipeline(List<StageDefinition> stages) {
        List<FieldProblem> problems = new ArrayList<>();
        int n = stages == null ? 0 : stages.size();
        if (n < MIN_STAGES || n > MAX_STAGES) {
            problems.add(new FieldProblem(
                    "stages",
                    "A pipeline has " + MIN_STAGES + " to " + MAX_STAGES + " stages; this one has " + n + "."));
        }
        Map<String, Integer> codes = new HashMap<>();
        Phase previous = null;
        for (int i = 0; i < n; i++) {
            StageDefinition s = stages.get(i);
            String prefix = "stages[" + i + "].";
            if (s == null) {
                problems.add(new FieldProblem("stages[" + i + "]", "Stage " + (i + 1) + " is empty."));
                continue;
            }
            problems.addAll(s.problems(prefix));
            if (s.code != null && !s.code.isEmpty()) {
                Integer first = codes.putIfAbsent(s.code, i);
                if (first != null) {
                    problems.add(new FieldProblem(
                            prefix + "code",
                            "Stage " + (i + 1) + " uses the code \"" + s.code + "\" of stage " + (first + 1)
                                    + "; each stage needs its own code."));
                }
            }
            if (s.phase != null) {
                if (i == 0 && s.phase != Phase.IDENTIFICATION) {
                    problems.add(new FieldProblem(
                            prefix + "phase",
                            "The first stage must be in the phase " + Phase.IDENTIFICATION.label()
                                    + ": every idea starts there."));
                } else if (previous != null && s.phase.compareTo(previous) < 0) {
                    problems.add(new FieldProblem(
                            prefix + "phase",
                            "Stage " + (i + 1) + " (" + s.phase.label() + ") cannot come after a stage in "
                                    + previous.label() + ": phases follow the order identification,"
                                    + " interpretation, development, validation, launch."));
                }
                previous = previous == null || s.phase.compareTo(previous) > 0 ? s.phase : previous;
            }
        }
        if (!problems.isEmpty()) {
            throw BusinessRuleException.invalid("The pipeline is not valid.", problems);
        }
    }
}

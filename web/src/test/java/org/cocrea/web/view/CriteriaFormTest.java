package org.cocrea.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cocrea.engagement.control.Ability;
import org.cocrea.engagement.control.IdentificationCriteria;
import org.cocrea.engagement.control.StakeholderKind;
import org.junit.jupiter.api.Test;

class CriteriaFormTest {

    @Test
    void theUntouchedFormGivesTheDefaultCriteria() {
        CriteriaForm form = new CriteriaForm();

        assertThat(form.problems()).isEmpty();
        assertThat(form.toCriteria()).isEqualTo(IdentificationCriteria.defaults());
        assertThat(form.getLimit()).isEqualTo(50);
    }

    @Test
    void weightsZeroLeaveAbilitiesOutAndTheFiltersCarryOver() {
        CriteriaForm form = new CriteriaForm();
        for (Ability a : Ability.values()) {
            form.setWeight(a, 0);
        }
        form.setWeight(Ability.INNOVATION, 2);
        form.setWeight(Ability.COMMUNICATION, 1);
        form.setRankBy(IdentificationCriteria.RankBy.ABILITY);
        form.setAlpha(0.7);
        form.setAbilityCutoff(60);
        form.setWillingnessCutoff(40);
        form.setKinds(List.of("customer", "partner"));
        form.setSegments(List.of("Home cooks"));
        form.setRegions(List.of("East"));
        form.setRequireConsent(false);
        form.setMaxRisk(30);
        form.setMinAbility(10);
        form.setMinWillingness(5);
        form.setLimit(20);

        IdentificationCriteria c = form.toCriteria();

        assertThat(c.abilityWeights()).isEqualTo(Map.of(Ability.INNOVATION, 2.0, Ability.COMMUNICATION, 1.0));
        assertThat(c.rankBy()).isEqualTo(IdentificationCriteria.RankBy.ABILITY);
        assertThat(c.abilityExponent()).isEqualTo(0.7);
        assertThat(c.abilityCutoff()).isEqualTo(60);
        assertThat(c.willingnessCutoff()).isEqualTo(40);
        assertThat(c.kinds()).containsExactlyInAnyOrder(StakeholderKind.CUSTOMER, StakeholderKind.PARTNER);
        assertThat(c.segments()).containsExactly("Home cooks");
        assertThat(c.regions()).containsExactly("East");
        assertThat(c.requireConsent()).isFalse();
        assertThat(c.maxRisk()).isEqualTo(30);
        assertThat(c.minAbility()).isEqualTo(10);
        assertThat(c.minWillingness()).isEqualTo(5);
        assertThat(form.describe())
                .isEqualTo("abilities innovation 2, communication 1; rank by ability (alpha 0.70); cut-offs ability 60,"
                        + " willingness 40; kinds customer, partner; segments Home cooks; regions East; consent to"
                        + " contact not required; risk at most 30; ability at least 10; willingness at least 5;"
                        + " top 20");
    }

    @Test
    void everyWrongFieldIsNamedWithItsMessageKey() {
        CriteriaForm form = new CriteriaForm();
        for (Ability a : Ability.values()) {
            form.setWeight(a, 0);
        }
        form.setAlpha(1.5);
        form.setAbilityCutoff(101);
        form.setMinWillingness(-1);
        form.setKinds(List.of("robot"));
        form.setLimit(0);

        assertThat(form.problems())
                .extracting(CriteriaForm.Problem::field, CriteriaForm.Problem::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("weight-innovation", "ident.problem.noAbility"),
                        org.assertj.core.groups.Tuple.tuple("alpha", "ident.problem.alpha"),
                        org.assertj.core.groups.Tuple.tuple("abilityCutoff", "ident.problem.score"),
                        org.assertj.core.groups.Tuple.tuple("minWillingness", "ident.problem.score"),
                        org.assertj.core.groups.Tuple.tuple("kinds", "ident.problem.kind"),
                        org.assertj.core.groups.Tuple.tuple("limit", "ident.problem.limit"));
    }

    @Test
    void aWeightAboveFiveIsRefused() {
        CriteriaForm form = new CriteriaForm();
        form.setWeight(Ability.LEARNING, 6);
        assertThat(form.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("weight-learning"));
    }

    @Test
    void aCopyKeepsTheCriteriaOfARankingWhileTheFormChanges() {
        CriteriaForm form = new CriteriaForm();
        form.setSegments(List.of("Home cooks"));
        form.setWeight(Ability.LEARNING, 3);
        CriteriaForm copy = form.copy();

        form.setSegments(List.of("Retail"));
        form.setWeight(Ability.LEARNING, 1);
        form.setLimit(5);

        assertThat(copy.toCriteria().segments()).containsExactly("Home cooks");
        assertThat(copy.toCriteria().abilityWeights().get(Ability.LEARNING)).isEqualTo(3.0);
        assertThat(copy.getLimit()).isEqualTo(50);
    }

    @Test
    void theFormSurvivesSerialisation() throws Exception {
        CriteriaForm form = new CriteriaForm();
        form.setKinds(List.of("customer"));
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(form);
        }
        try (var in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            CriteriaForm back = (CriteriaForm) in.readObject();
            assertThat(back.toCriteria()).isEqualTo(form.toCriteria());
        }
    }

    @Test
    void resetBringsBackTheDefaults() {
        CriteriaForm form = new CriteriaForm();
        form.setWeight(Ability.KNOWLEDGE, 0);
        form.setSegments(List.of("x"));
        form.setRequireConsent(false);
        form.setLimit(3);

        form.reset();

        assertThat(form.toCriteria()).isEqualTo(IdentificationCriteria.defaults());
        assertThat(form.getLimit()).isEqualTo(50);
    }
}

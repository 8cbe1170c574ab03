package org.cocrea.kpi.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpiCatalogueTest {

    private static KpiDefinition patents() {
        return KpiDefinition.entered(
                "patents_filed",
                "Patents filed",
                "Patent applications filed.",
                "patents",
                Direction.HIGHER_IS_BETTER,
                Grain.MONTH,
                Aggregation.SUM,
                "innovation-manager");
    }

    @Test
    void builtInsAreTwelveComputedAndFourEnteredWithUniqueKeys() {
        List<KpiDefinition> all = BuiltInKpis.definitions();
        assertThat(all).hasSize(16);
        assertThat(all).extracting(KpiDefinition::key).doesNotHaveDuplicates();
        assertThat(BuiltInKpis.computed()).hasSize(12).allSatisfy(k -> {
            assertThat(k.definition().kind()).isEqualTo(KpiKind.COMPUTED);
            assertThat(k.definition().grain()).isEqualTo(Grain.MONTH);
            assertThat(k.definition().description()).isNotBlank();
        });
        assertThat(BuiltInKpis.entered()).hasSize(4).allSatisfy(d -> {
            assertThat(d.kind()).isEqualTo(KpiKind.ENTERED);
            assertThat(d.aggregation().worksOnValues()).isTrue();
        });
        assertThat(BuiltInKpis.computed(BuiltInKpis.AVERAGE_DAYS_PER_STAGE)
                        .orElseThrow()
                        .definition()
                        .direction())
                .isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(KpiCatalogue.withBuiltIns().entered())
                .extracting(KpiDefinition::key)
                .containsExactly("new_products_launched", "rd_spend", "revenue_share_new_products", "time_to_market");
    }

    @Test
    void aDefinitionIsCheckedFieldByField() {
        assertThatThrownBy(() -> patents().withName(" "))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> patents().withUnit("x".repeat(41)))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("unit"))
                .hasMessage("Shorten the unit to at most 40 characters (it has 41).");
        assertThatThrownBy(() -> patents().withOwner(null))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("owner"));
        assertThatThrownBy(() -> patents().withDirection(null))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("direction"));
        assertThatThrownBy(() -> KpiDefinition.entered(
                        "Patents-Filed", "P", "", "p", Direction.HIGHER_IS_BETTER, Grain.MONTH, Aggregation.SUM, "o"))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("key"));
        // an entered KPI has one number per period: a ratio cannot be rolled up from it
        assertThatThrownBy(() -> patents().withAggregation(Aggregation.ratio("a", "b")))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("aggregation"));
        assertThatThrownBy(() -> new ValueRule(10.0, 1.0, false))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("values"));
    }

    @Test
    void aChangeAddsAVersionAndEarlierPeriodsKeepTheOldDefinition() {
        KpiCatalogue c = KpiCatalogue.withBuiltIns();
        KpiDefinition v1 = c.current(BuiltInKpis.RD_SPEND).orElseThrow();
        KpiCatalogue.Version v2 = c.change(v1.withUnit("USD").withOwner("cfo"), Period.quarter(2026, 3));

        assertThat(v2.number()).isEqualTo(2);
        assertThat(v2.validFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(c.at(BuiltInKpis.RD_SPEND, Period.quarter(2026, 2))
                        .orElseThrow()
                        .unit())
                .isEqualTo("EUR");
        assertThat(c.at(BuiltInKpis.RD_SPEND, Period.quarter(2026, 3))
                        .orElseThrow()
                        .unit())
                .isEqualTo("USD");
        assertThat(c.at(BuiltInKpis.RD_SPEND, Period.year(2020)).orElseThrow()).isEqualTo(v1);
        assertThat(c.current(BuiltInKpis.RD_SPEND).orElseThrow().owner()).isEqualTo("cfo");
        assertThat(c.history(BuiltInKpis.RD_SPEND))
                .extracting(KpiCatalogue.Version::number)
                .containsExactly(1, 2);

        // the same definition again adds nothing
        assertThat(c.change(v1.withUnit("USD").withOwner("cfo"), Period.quarter(2027, 1)))
                .isEqualTo(v2);
        // history cannot be rewritten: a change applies after the current version's start
        assertThatThrownBy(() -> c.change(v1.withUnit("CHF"), Period.quarter(2026, 3)))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("from"));
    }

    @Test
    void whatACatalogueChangeMayNotDo() {
        KpiCatalogue c = KpiCatalogue.withBuiltIns();
        KpiDefinition pipeline = c.current(BuiltInKpis.PIPELINE_BY_STAGE).orElseThrow();
        assertThatThrownBy(() -> c.change(pipeline.withGrain(Grain.QUARTER), Period.year(2027)))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("grain"));
        assertThatThrownBy(() -> c.change(pipeline.withAggregation(Aggregation.SUM), Period.year(2027)))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("aggregation"));
        // but its texts, owner and direction may change
        assertThat(c.change(pipeline.withName("Ideas in the pipeline"), Period.year(2027))
                        .number())
                .isEqualTo(2);

        KpiDefinition launched = c.current(BuiltInKpis.NEW_PRODUCTS_LAUNCHED).orElseThrow();
        assertThatThrownBy(() -> c.change(
                        new KpiDefinition(
                                launched.key(),
                                launched.name(),
                                "",
                                "p",
                                Direction.HIGHER_IS_BETTER,
                                Grain.QUARTER,
                                KpiKind.COMPUTED,
                                Aggregation.SUM,
                                "o",
                                null),
                        Period.year(2027)))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("kind"));
        // quarterly → monthly must start at a quarter's start
        assertThatThrownBy(() -> c.change(launched.withGrain(Grain.MONTH), Period.month(2027, 2)))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("from"))
                .hasMessageContaining("start of a quarter, e.g. 2027-Q2");
        assertThat(c.change(launched.withGrain(Grain.MONTH), Period.month(2027, 4))
                        .validFrom())
                .isEqualTo(LocalDate.of(2027, 4, 1));

        assertThatThrownBy(() -> c.add(launched))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("key"));
        assertThatThrownBy(() -> c.change(patents(), Period.year(2027)))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("key"))
                .hasMessageStartingWith("There is no KPI with the key 'patents_filed'");
    }

    @Test
    void definitionsSurviveSerialisationForReplicatedSessions() throws Exception {
        for (KpiDefinition d : BuiltInKpis.definitions()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(d);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                assertThat(in.readObject()).isEqualTo(d);
            }
        }
    }

    @Test
    void enteredAggregationsCombineValues() {
        List<Double> parts = List.of(4.0, 1.0, 7.0);
        assertThat(Aggregation.SUM.combine(parts)).isEqualTo(12.0);
        assertThat(Aggregation.MEAN.combine(parts)).isEqualTo(4.0);
        assertThat(Aggregation.LAST.combine(parts)).isEqualTo(7.0);
        assertThat(Aggregation.fromCode("Average")).contains(Aggregation.MEAN);
        assertThat(Aggregation.ratio("ideas", "participants").code()).isEqualTo("ratio(ideas/participants)");
        assertThatIllegalStateException()
                .isThrownBy(() -> Aggregation.distinct("segments").combine(parts));
    }
}

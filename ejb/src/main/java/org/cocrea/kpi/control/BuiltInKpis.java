package org.cocrea.kpi.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The KPIs every installation has: twelve computed by Cocrea from the events the other features
 * report, and four entered by people. {@code docs/kpis.md} lists them with their formulas and a
 * worked example each. All computed KPIs are kept per month and roll up to quarters and years; the
 * entered ones are entered per quarter.
 *
 * <p>Computed (the components named in the roll-up rule are kept in every snapshot):
 *
 * <table>
 *   <caption>Computed KPIs</caption>
 *   <tr><th>key</th><th>formula</th><th>unit</th><th>better</th><th>roll-up</th></tr>
 *   <tr><td>{@value #PARTICIPATION_RATE}</td><td>100 × distinct participants in the period / latest
 *       audience size counted up to the end of the period</td><td>%</td><td>higher</td>
 *       <td>ratio(participants/audience)</td></tr>
 *   <tr><td>{@value #IDEAS_PER_100_PARTICIPANTS}</td><td>100 × ideas submitted / distinct
 *       participants</td><td>ideas per 100 participants</td><td>higher</td>
 *       <td>ratio(ideas/participants)</td></tr>
 *   <tr><td>{@value #CUSTOMER_IDEA_SHARE}</td><td>100 × ideas submitted by customers / ideas
 *       submitted</td><td>%</td><td>higher</td><td>ratio(customer_ideas/ideas)</td></tr>
 *   <tr><td>{@value #IDEA_CONVERSION_RATE}</td><td>100 × ideas submitted in the period that have
 *       reached {@link Stage#IMPLEMENTED} (so far) / ideas submitted in the period</td><td>%</td>
 *       <td>higher</td><td>ratio(implemented_ideas/ideas)</td></tr>
 *   <tr><td>{@value #AVERAGE_DAYS_PER_STAGE}</td><td>total days of the stays in open stages that
 *       ended in the period / number of those stays (per stage in the breakdown)</td><td>days</td>
 *       <td>lower</td><td>ratio(stage_seconds/stage_exits)</td></tr>
 *   <tr><td>{@value #PIPELINE_BY_STAGE}</td><td>ideas in an open stage at the end of the period (per
 *       stage in the breakdown)</td><td>ideas</td><td>higher</td><td>last</td></tr>
 *   <tr><td>{@value #CUSTOMER_ENGAGEMENT_INDEX}</td><td>mean of the engagement index values (0–100)
 *       recorded in the period</td><td>index 0–100</td><td>higher</td>
 *       <td>ratio(engagement_sum/engagement_records)</td></tr>
 *   <tr><td>{@value #INNOVATION_CLIMATE_INDEX}</td><td>the latest climate result (0–100) recorded for
 *       the scope up to the end of the period</td><td>index 0–100</td><td>higher</td>
 *       <td>last</td></tr>
 *   <tr><td>{@value #CO_DESTRUCTION_INCIDENTS}</td><td>incidents recorded in the period (per type in
 *       the breakdown)</td><td>incidents</td><td>lower</td><td>sum</td></tr>
 *   <tr><td>{@value #CUSTOMER_ASSET_BREADTH}</td><td>distinct segments of the customers who took
 *       part in the period</td><td>segments</td><td>higher</td><td>distinct(segments)</td></tr>
 *   <tr><td>{@value #AMBIDEXTERITY_BALANCE}</td><td>1 − |e − i| over the tagged ideas submitted in
 *       the period ({@link Ambidexterity})</td><td>index 0–1</td><td>higher</td>
 *       <td>ratio(exploration_ideas/tagged_ideas)</td></tr>
 *   <tr><td>{@value #AMBIDEXTERITY_COMBINED}</td><td>e × i over the same ideas</td><td>index
 *       0–0.25</td><td>higher</td><td>ratio(exploration_ideas/tagged_ideas)</td></tr>
 * </table>
 *
 * <p>Entered, per quarter: {@value #REVENUE_SHARE_NEW_PRODUCTS} (%, higher, mean of the quarters),
 * {@value #NEW_PRODUCTS_LAUNCHED} (products, higher, sum), {@value #TIME_TO_MARKET} (days, lower,
 * mean), {@value #RD_SPEND} (EUR, higher, sum).
 */
public final class BuiltInKpis {

    public static final String PARTICIPATION_RATE = "participation_rate";
    public static final String IDEAS_PER_100_PARTICIPANTS = "ideas_per_100_participants";
    public static final String CUSTOMER_IDEA_SHARE = "customer_idea_share";
    public static final String IDEA_CONVERSION_RATE = "idea_conversion_rate";
    public static final String AVERAGE_DAYS_PER_STAGE = "average_days_per_stage";
    public static final String PIPELINE_BY_STAGE = "pipeline_by_stage";
    public static final String CUSTOMER_ENGAGEMENT_INDEX = "customer_engagement_index";
    public static final String INNOVATION_CLIMATE_INDEX = "innovation_climate_index";
    public static final String CO_DESTRUCTION_INCIDENTS = "co_destruction_incidents";
    public static final String CUSTOMER_ASSET_BREADTH = "customer_asset_breadth";
    public static final String AMBIDEXTERITY_BALANCE = "ambidexterity_balance";
    public static final String AMBIDEXTERITY_COMBINED = "ambidexterity_combined";

    public static final String REVENUE_SHARE_NEW_PRODUCTS = "revenue_share_new_products";
    public static final String NEW_PRODUCTS_LAUNCHED = "new_products_launched";
    public static final String TIME_TO_MARKET = "time_to_market";
    public static final String RD_SPEND = "rd_spend";

    /** The owner of the built-in KPIs run by the innovation office. */
    public static final String INNOVATION_OFFICE = "innovation-manager";

    private static final List<ComputedKpi> COMPUTED = List.of(
            computed(
                    PARTICIPATION_RATE,
                    "Participation rate",
                    "Share of the people who may take part (a campaign's invited audience, a unit's headcount)"
                            + " who took part at least once in the period: 100 × distinct participants / the"
                            + " latest audience size counted up to the end of the period.",
                    "%",
                    Direction.HIGHER_IS_BETTER,
                    Aggregation.ratio(Formulas.PARTICIPANTS, Formulas.AUDIENCE),
                    INNOVATION_OFFICE,
                    new Formulas.ParticipationRate()),
            computed(
                    IDEAS_PER_100_PARTICIPANTS,
                    "Ideas per 100 participants",
                    "Ideas submitted in the period for every 100 people who took part: 100 × ideas / distinct"
                            + " participants.",
                    "ideas per 100 participants",
                    Direction.HIGHER_IS_BETTER,
                    Aggregation.ratio(Formulas.IDEAS, Formulas.PARTICIPANTS),
                    INNOVATION_OFFICE,
                    new Formulas.IdeasPer100Participants()),
            computed(
                    CUSTOMER_IDEA_SHARE,
                    "Share of ideas from customers",
                    "Share of the ideas submitted in the period whose author is a customer: 100 × customer"
                            + " ideas / ideas.",
                    "%",
                    Direction.HIGHER_IS_BETTER,
                    Aggregation.ratio(Formulas.CUSTOMER_IDEAS, Formulas.IDEAS),
                    INNOVATION_OFFICE,
                    new Formulas.CustomerIdeaShare()),
            computed(
                    IDEA_CONVERSION_RATE,
                    "Idea-to-implementation conversion",
                    "Share of the ideas submitted in the period that have been implemented so far: 100 ×"
                            + " implemented ideas / ideas, both counted for the period of submission.",
                    "%",
                    Direction.HIGHER_IS_BETTER,
                    Aggregation.ratio(Formulas.IMPLEMENTED_IDEAS, Formulas.IDEAS),
                    INNOVATION_OFFICE,
                    new Formulas.IdeaConversion()),
            computed(
                    AVERAGE_DAYS_PER_STAGE,
                    "Average days per stage",
                    "Mean time ideas spent in a stage, over the stays in open stages that ended in the period:"
                            + " total days / stays; the breakdown gives the mean per stage.",
                    "days",
                    Direction.LOWER_IS_BETTER,
                    Aggregation.ratio(Formulas.STAGE_SECONDS, Formulas.STAGE_EXITS),
                    INNOVATION_OFFICE,
                    new Formulas.DaysPerStage()),
            computed(
                    PIPELINE_BY_STAGE,
                    "Pipeline by stage",
                    "Ideas in an open stage (identification to launch) at the end of the period; the breakdown"
                            + " gives the count per stage.",
                    "ideas",
                    Direction.HIGHER_IS_BETTER,
                    Aggregation.LAST,
                    INNOVATION_OFFICE,
                    new Formulas.Pipeline()),
            computed(
                    CUSTOMER_ENGAGEMENT_INDEX,
                    "Customer engagement index",
                    "Mean of the stakeholders' engagement index values (0–100) recorded in the period; with one"
                            + " value per stakeholder and day, the average daily engagement.",
                    "index 0–100",
                    Direction.HIGHER_IS_BETTER,
                    Aggregation.ratio(Formulas.ENGAGEMENT_SUM, Formulas.ENGAGEMENT_RECORDS),
                    INNOVATION_OFFICE,
                    new Formulas.EngagementIndexMean()),
            computed(
                    INNOVATION_CLIMATE_INDEX,
                    "Innovation-climate index",
                    "The latest innovation-climate result (0–100) of the unit or organisation recorded up to"
                            + " the end of the period, from closed climate rounds.",
                    "index 0–100",
                    Direction.HIGHER_IS_BETTER,
                    Aggregation.LAST,
                    "hr-analyst",
                    new Formulas.ClimateIndex()),
            computed(
                    CO_DESTRUCTION_INCIDENTS,
                    "Co-destruction incidents",
                    "Value co-destruction incidents (abuse, misuse, conflict, abandoned commitments) recorded in"
                            + " the period; the breakdown gives the count per type and the mean severity.",
                    "incidents",
                    Direction.LOWER_IS_BETTER,
                    Aggregation.SUM,
                    INNOVATION_OFFICE,
                    new Formulas.Incidents()),
            computed(
                    CUSTOMER_ASSET_BREADTH,
                    "Customer-asset breadth",
                    "Number of distinct customer segments whose customers took part in the period.",
                    "segments",
                    Direction.HIGHER_IS_BETTER,
                    Aggregation.distinct(Formulas.SEGMENTS),
                    INNOVATION_OFFICE,
                    new Formulas.SegmentBreadth()),
            computed(
                    AMBIDEXTERITY_BALANCE,
                    "Ambidexterity balance",
                    "How evenly the period's tagged ideas split between exploration and exploitation: 1 − |e −"
                            + " i|, with e and i the exploration and exploitation shares of the tagged ideas"
                            + " (e + i = 1).",
                    "index 0–1",
                    Direction.HIGHER_IS_BETTER,
                    Aggregation.ratio(Formulas.EXPLORATION, Formulas.TAGGED),
                    INNOVATION_OFFICE,
                    new Formulas.AmbidexterityIndex(false)),
            computed(
                    AMBIDEXTERITY_COMBINED,
                    "Ambidexterity combined",
                    "Exploration and exploitation pursued together: e × i, with e and i the exploration and"
                            + " exploitation shares of the period's tagged ideas (e + i = 1); at most 0.25.",
                    "index 0–0.25",
                    Direction.HIGHER_IS_BETTER,
                    Aggregation.ratio(Formulas.EXPLORATION, Formulas.TAGGED),
                    INNOVATION_OFFICE,
                    new Formulas.AmbidexterityIndex(true)));

    private static final List<KpiDefinition> ENTERED = List.of(
            new KpiDefinition(
                    REVENUE_SHARE_NEW_PRODUCTS,
                    "Revenue share from new products",
                    "Share of the quarter's revenue earned with products and services launched in the last"
                            + " three years. A year's value is the mean of its quarters.",
                    "%",
                    Direction.HIGHER_IS_BETTER,
                    Grain.QUARTER,
                    KpiKind.ENTERED,
                    Aggregation.MEAN,
                    "executive",
                    ValueRule.PERCENT),
            new KpiDefinition(
                    NEW_PRODUCTS_LAUNCHED,
                    "New products launched",
                    "New products and services brought to market in the quarter.",
                    "products",
                    Direction.HIGHER_IS_BETTER,
                    Grain.QUARTER,
                    KpiKind.ENTERED,
                    Aggregation.SUM,
                    INNOVATION_OFFICE,
                    ValueRule.COUNT),
            new KpiDefinition(
                    TIME_TO_MARKET,
                    "Time to market",
                    "Mean days from the go decision to launch of the products launched in the quarter. A"
                            + " year's value is the mean of its quarters.",
                    "days",
                    Direction.LOWER_IS_BETTER,
                    Grain.QUARTER,
                    KpiKind.ENTERED,
                    Aggregation.MEAN,
                    INNOVATION_OFFICE,
                    ValueRule.NON_NEGATIVE),
            new KpiDefinition(
                    RD_SPEND,
                    "R&D spend",
                    "Research and development spending in the quarter, in the reporting currency.",
                    "EUR",
                    Direction.HIGHER_IS_BETTER,
                    Grain.QUARTER,
                    KpiKind.ENTERED,
                    Aggregation.SUM,
                    "executive",
                    ValueRule.NON_NEGATIVE));

    private BuiltInKpis() {}

    private static ComputedKpi computed(
            String key,
            String name,
            String description,
            String unit,
            Direction direction,
            Aggregation aggregation,
            String owner,
            KpiFormula formula) {
        return new ComputedKpi(
                new KpiDefinition(
                        key,
                        name,
                        description,
                        unit,
                        direction,
                        Grain.MONTH,
                        KpiKind.COMPUTED,
                        aggregation,
                        owner,
                        ValueRule.ANY),
                formula);
    }

    /** The twelve computed KPIs with their formulas. */
    public static List<ComputedKpi> computed() {
        return COMPUTED;
    }

    /** A computed KPI by key. */
    public static Optional<ComputedKpi> computed(String key) {
        return COMPUTED.stream().filter(k -> k.key().equals(key)).findFirst();
    }

    /** The four entered KPIs. */
    public static List<KpiDefinition> entered() {
        return ENTERED;
    }

    /** All sixteen definitions, computed first. */
    public static List<KpiDefinition> definitions() {
        List<KpiDefinition> all = new ArrayList<>();
        COMPUTED.forEach(k -> all.add(k.definition()));
        all.addAll(ENTERED);
        return List.copyOf(all);
    }
}

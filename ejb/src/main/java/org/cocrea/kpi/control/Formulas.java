package org.cocrea.kpi.control;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.cocrea.engagement.control.IncidentType;
import org.cocrea.engagement.control.StakeholderKind;

/** The formulas of the built-in computed KPIs; {@link BuiltInKpis} documents each. */
final class Formulas {

    static final String PARTICIPANTS = "participants";
    static final String AUDIENCE = "audience";
    static final String IDEAS = "ideas";
    static final String CUSTOMER_IDEAS = "customer_ideas";
    static final String IMPLEMENTED_IDEAS = "implemented_ideas";
    static final String STAGE_SECONDS = "stage_seconds";
    static final String STAGE_EXITS = "stage_exits";
    static final String PIPELINE = "pipeline:";
    static final String ENGAGEMENT_SUM = "engagement_sum";
    static final String ENGAGEMENT_RECORDS = "engagement_records";
    static final String CLIMATE = "climate";
    static final String INCIDENTS = "incidents";
    static final String SEVERITY_SUM = "severity_sum";
    static final String SEGMENTS = "segments";
    static final String EXPLORATION = "exploration_ideas";
    static final String EXPLOITATION = "exploitation_ideas";
    static final String TAGGED = "tagged_ideas";

    private static final double SECONDS_PER_DAY = 86_400;

    private Formulas() {}

    private static Map<String, Double> parts(Object... nameValue) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            m.put((String) nameValue[i], ((Number) nameValue[i + 1]).doubleValue());
        }
        return m;
    }

    /** 100 × distinct participants / latest audience size. */
    static final class ParticipationRate implements KpiFormula {
        @Override
        public boolean reads(KpiEvent e) {
            return e instanceof Participation || e instanceof AudienceCounted;
        }

        @Override
        public boolean carries(KpiEvent e) {
            return e instanceof AudienceCounted;
        }

        @Override
        public boolean carriesAny() {
            return true;
        }

        @Override
        public boolean isCarried(String component) {
            return component.equals(AUDIENCE);
        }

        @Override
        public void apply(KpiEvent e, Components c) {
            if (e instanceof Participation p) {
                c.addDistinct(PARTICIPANTS, p.personId());
            } else if (e instanceof AudienceCounted a) {
                c.offerLatest(AUDIENCE, new Latest(a.at(), a.size(), 0));
            }
        }

        @Override
        public KpiValue value(Components c) {
            long participants = c.distinctCount(PARTICIPANTS);
            Optional<Latest> audience = c.latest(AUDIENCE);
            if (audience.isEmpty()) {
                return KpiValue.notComputable(
                        "No audience has been counted for this scope yet.", parts(PARTICIPANTS, participants));
            }
            long size = audience.get().value();
            Map<String, Double> parts = parts(PARTICIPANTS, participants, AUDIENCE, size);
            if (size == 0) {
                return KpiValue.notComputable("The audience counted for this scope is 0.", parts);
            }
            return KpiValue.of(100.0 * participants / size, parts);
        }
    }

    /** 100 × ideas submitted / distinct participants. */
    static final class IdeasPer100Participants implements KpiFormula {
        @Override
        public boolean reads(KpiEvent e) {
            return e instanceof IdeaSubmitted || e instanceof Participation;
        }

        @Override
        public void apply(KpiEvent e, Components c) {
            if (e instanceof IdeaSubmitted) {
                c.add(IDEAS, 1);
            } else if (e instanceof Participation p) {
                c.addDistinct(PARTICIPANTS, p.personId());
            }
        }

        @Override
        public KpiValue value(Components c) {
            long ideas = c.counter(IDEAS);
            long participants = c.distinctCount(PARTICIPANTS);
            Map<String, Double> parts = parts(IDEAS, ideas, PARTICIPANTS, participants);
            if (participants == 0) {
                return KpiValue.notComputable("Nobody took part in the period.", parts);
            }
            return KpiValue.of(100.0 * ideas / participants, parts);
        }
    }

    /** 100 × ideas from customers / ideas. */
    static final class CustomerIdeaShare implements KpiFormula {
        @Override
        public boolean reads(KpiEvent e) {
            return e instanceof IdeaSubmitted;
        }

        @Override
        public void apply(KpiEvent e, Components c) {
            IdeaSubmitted i = (IdeaSubmitted) e;
            c.add(IDEAS, 1);
            if (i.authorKind() == StakeholderKind.CUSTOMER) {
                c.add(CUSTOMER_IDEAS, 1);
            }
        }

        @Override
        public KpiValue value(Components c) {
            long ideas = c.counter(IDEAS);
            long fromCustomers = c.counter(CUSTOMER_IDEAS);
            Map<String, Double> parts = parts(CUSTOMER_IDEAS, fromCustomers, IDEAS, ideas);
            if (ideas == 0) {
                return KpiValue.notComputable("No ideas were submitted in the period.", parts);
            }
            return KpiValue.of(100.0 * fromCustomers / ideas, parts);
        }
    }

    /** 100 × ideas of the period's submissions implemented so far / ideas submitted in the period. */
    static final class IdeaConversion implements KpiFormula {
        @Override
        public boolean reads(KpiEvent e) {
            return e instanceof IdeaSubmitted || e instanceof IdeaStageChanged s && s.to() == Stage.IMPLEMENTED;
        }

        @Override
        public Instant countsAt(KpiEvent e) {
            return e instanceof IdeaStageChanged s ? s.submittedAt() : e.at();
        }

        @Override
        public void apply(KpiEvent e, Components c) {
            if (e instanceof IdeaSubmitted) {
                c.add(IDEAS, 1);
            } else if (e instanceof IdeaStageChanged s) {
                c.addDistinct(IMPLEMENTED_IDEAS, s.ideaId());
            }
        }

        @Override
        public KpiValue value(Components c) {
            long ideas = c.counter(IDEAS);
            long implemented = c.distinctCount(IMPLEMENTED_IDEAS);
            Map<String, Double> parts = parts(IMPLEMENTED_IDEAS, implemented, IDEAS, ideas);
            if (ideas == 0) {
                return KpiValue.notComputable("No ideas were submitted in the period.", parts);
            }
            return KpiValue.of(100.0 * implemented / ideas, parts);
        }
    }

    /** Mean days of the stays in open stages that ended in the period; per stage in the breakdown. */
    static final class DaysPerStage implements KpiFormula {
        @Override
        public boolean reads(KpiEvent e) {
            return e instanceof IdeaStageChanged s && s.from().open();
        }

        @Override
        public void apply(KpiEvent e, Components c) {
            IdeaStageChanged s = (IdeaStageChanged) e;
            long seconds = Duration.between(s.enteredFromAt(), s.at()).getSeconds();
            c.add(STAGE_SECONDS, seconds);
            c.add(STAGE_EXITS, 1);
            c.add(STAGE_SECONDS + ":" + s.from().code(), seconds);
            c.add(STAGE_EXITS + ":" + s.from().code(), 1);
        }

        @Override
        public KpiValue value(Components c) {
            Map<String, Double> parts = new LinkedHashMap<>();
            for (Stage stage : Stage.values()) {
                long exits = c.counter(STAGE_EXITS + ":" + stage.code());
                if (stage.open() && exits > 0) {
                    parts.put(stage.code(), c.counter(STAGE_SECONDS + ":" + stage.code()) / SECONDS_PER_DAY / exits);
                }
            }
            long exits = c.counter(STAGE_EXITS);
            if (exits == 0) {
                return KpiValue.notComputable("No idea left a stage in the period.");
            }
            return KpiValue.of(c.counter(STAGE_SECONDS) / SECONDS_PER_DAY / exits, parts);
        }
    }

    /** Ideas in each open stage at the end of the period (a carried level). */
    static final class Pipeline implements KpiFormula {
        @Override
        public boolean reads(KpiEvent e) {
            return e instanceof IdeaSubmitted || e instanceof IdeaStageChanged;
        }

        @Override
        public boolean carries(KpiEvent e) {
            return true;
        }

        @Override
        public boolean carriesAny() {
            return true;
        }

        @Override
        public boolean isCarried(String component) {
            return component.startsWith(PIPELINE);
        }

        @Override
        public void apply(KpiEvent e, Components c) {
            if (e instanceof IdeaSubmitted i) {
                c.add(PIPELINE + i.stage().code(), 1);
            } else if (e instanceof IdeaStageChanged s) {
                c.add(PIPELINE + s.from().code(), -1);
                c.add(PIPELINE + s.to().code(), 1);
            }
        }

        @Override
        public KpiValue value(Components c) {
            Map<String, Double> parts = new LinkedHashMap<>();
            long total = 0;
            for (Stage stage : Stage.values()) {
                if (stage.open()) {
                    long n = c.counter(PIPELINE + stage.code());
                    parts.put(stage.code(), (double) n);
                    total += n;
                }
            }
            return KpiValue.of(total, parts);
        }
    }

    /** Mean of the engagement index values recorded in the period. */
    static final class EngagementIndexMean implements KpiFormula {
        @Override
        public boolean reads(KpiEvent e) {
            return e instanceof EngagementIndexRecorded;
        }

        @Override
        public void apply(KpiEvent e, Components c) {
            c.add(ENGAGEMENT_SUM, Events.thousandths(((EngagementIndexRecorded) e).value()));
            c.add(ENGAGEMENT_RECORDS, 1);
        }

        @Override
        public KpiValue value(Components c) {
            long records = c.counter(ENGAGEMENT_RECORDS);
            if (records == 0) {
                return KpiValue.notComputable("No engagement index was recorded in the period.");
            }
            return KpiValue.of(c.counter(ENGAGEMENT_SUM) / 1000.0 / records, parts(ENGAGEMENT_RECORDS, records));
        }
    }

    /** The latest climate result up to the end of the period (a carried level). */
    static final class ClimateIndex implements KpiFormula {
        @Override
        public boolean reads(KpiEvent e) {
            return e instanceof ClimateIndexRecorded;
        }

        @Override
        public boolean carries(KpiEvent e) {
            return true;
        }

        @Override
        public boolean carriesAny() {
            return true;
        }

        @Override
        public boolean isCarried(String component) {
            return component.equals(CLIMATE);
        }

        @Override
        public void apply(KpiEvent e, Components c) {
            ClimateIndexRecorded r = (ClimateIndexRecorded) e;
            c.offerLatest(CLIMATE, new Latest(r.at(), Events.thousandths(r.value()), r.respondents()));
        }

        @Override
        public KpiValue value(Components c) {
            return c.latest(CLIMATE)
                    .map(l -> KpiValue.of(l.value() / 1000.0, parts("respondents", l.count())))
                    .orElseGet(() -> KpiValue.notComputable("No climate result has been recorded for this scope yet."));
        }
    }

    /** Incidents recorded in the period, by type. */
    static final class Incidents implements KpiFormula {
        @Override
        public boolean reads(KpiEvent e) {
            return e instanceof IncidentRecorded;
        }

        @Override
        public void apply(KpiEvent e, Components c) {
            IncidentRecorded i = (IncidentRecorded) e;
            c.add(INCIDENTS, 1);
            c.add(INCIDENTS + ":" + i.type().code(), 1);
            c.add(SEVERITY_SUM, i.severity());
        }

        @Override
        public KpiValue value(Components c) {
            long n = c.counter(INCIDENTS);
            Map<String, Double> parts = new LinkedHashMap<>();
            for (IncidentType t : IncidentType.values()) {
                parts.put(t.code(), (double) c.counter(INCIDENTS + ":" + t.code()));
            }
            if (n > 0) {
                parts.put("mean_severity", (double) c.counter(SEVERITY_SUM) / n);
            }
            return KpiValue.of(n, parts);
        }
    }

    /** Distinct segments of the customers who took part. */
    static final class SegmentBreadth implements KpiFormula {
        @Override
        public boolean reads(KpiEvent e) {
            return e instanceof Participation p && p.kind() == StakeholderKind.CUSTOMER && p.segment() != null;
        }

        @Override
        public void apply(KpiEvent e, Components c) {
            c.addToSet(SEGMENTS, ((Participation) e).segment().strip());
        }

        @Override
        public KpiValue value(Components c) {
            return KpiValue.of(c.set(SEGMENTS).size());
        }
    }

    /** Balance or combined ambidexterity of the tagged ideas submitted in the period. */
    static final class AmbidexterityIndex implements KpiFormula {
        private final boolean combined;

        AmbidexterityIndex(boolean combined) {
            this.combined = combined;
        }

        @Override
        public boolean reads(KpiEvent e) {
            return e instanceof IdeaSubmitted i && i.orientation() != Orientation.UNTAGGED;
        }

        @Override
        public void apply(KpiEvent e, Components c) {
            c.add(((IdeaSubmitted) e).orientation() == Orientation.EXPLORATION ? EXPLORATION : EXPLOITATION, 1);
            c.add(TAGGED, 1);
        }

        @Override
        public KpiValue value(Components c) {
            return Ambidexterity.of(c.counter(EXPLORATION), c.counter(EXPLOITATION))
                    .map(a -> KpiValue.of(
                            combined ? a.combined() : a.balance(),
                            parts(
                                    "exploration_share",
                                    a.explorationShare(),
                                    "exploitation_share",
                                    a.exploitationShare(),
                                    TAGGED,
                                    c.counter(TAGGED))))
                    .orElseGet(() ->
                            KpiValue.notComputable("No idea of the period is tagged exploration or exploitation."));
        }
    }
}

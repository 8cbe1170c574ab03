package org.cocrea.kpi.control;

import java.time.Instant;

/**
 * Something another feature reports that moves a computed KPI: ideas submitted and moved through
 * the stages, people taking part, audiences counted, engagement and climate results, co-destruction
 * incidents.
 *
 * <p>Every event carries all it needs to be counted on its own: its time and the unit and campaign
 * it belongs to (and, for a stage change, when the idea entered the stage it leaves and when it was
 * submitted). That is what lets the {@link SnapshotEngine} apply events in any order and gives the
 * same snapshots as a recomputation from scratch ({@link Recompute}). Each event must be delivered
 * once: the feed (an outbox table read by a timer) deduplicates before calling the engine.
 *
 * <p>Unit and campaign ids are the codes of {@link Scope}; null when the event has none.
 */
public sealed interface KpiEvent
        permits IdeaSubmitted,
                IdeaStageChanged,
                Participation,
                AudienceCounted,
                EngagementIndexRecorded,
                ClimateIndexRecorded,
                IncidentRecorded {

    /** When it happened. */
    Instant at();
}

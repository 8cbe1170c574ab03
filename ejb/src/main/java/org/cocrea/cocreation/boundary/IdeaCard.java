package org.cocrea.cocreation.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An idea on the board: enough for a card. */
public record IdeaCard(
        long id,
        long campaignId,
        String campaignCode,
        String title,
        String excerpt,
        String stageName,
        String phase,
        int stagePosition,
        String status,
        String orientation,
        List<String> tags,
        String author,
        String authorKind,
        Instant submittedAt,
        Instant stageEnteredAt,
        int votes,
        int comments,
        Double score,
        int version)
        implements Serializable {}

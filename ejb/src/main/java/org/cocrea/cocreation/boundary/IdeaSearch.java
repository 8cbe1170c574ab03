package org.cocrea.cocreation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.cocreation.control.IdeaStatus;
import org.cocrea.cocreation.entity.Idea;
import org.cocrea.cocreation.entity.IdeaComment;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Full-text search over ideas and comments (Hibernate Search on Lucene). Returns idea ids only; the
 * callers load what they show from the database and check who may see it.
 */
@Stateless
@PermitAll
public class IdeaSearch {

    @PersistenceContext
    EntityManager em;

    /**
     * Ideas matching the text in their title (weighted three times), description or comments, best
     * first. The text may use + (must), - (must not), quotes for phrases and * for a prefix.
     */
    public List<Long> ideaIds(String text, Long campaignId, int limit) {
        SearchSession s = Search.session(em);
        String query = text.strip();
        Map<Long, Float> scores = new LinkedHashMap<>();
        List<List<?>> ideas = s.search(Idea.class)
                .select(f -> f.composite(f.id(Long.class), f.score()))
                .where(f -> f.bool(b -> {
                    b.must(f.simpleQueryString()
                            .field("title")
                            .boost(3f)
                            .field("descriptionText")
                            .matching(query)
                            .defaultOperator(BooleanOperator.AND));
                    b.mustNot(f.match().field("hidden").matching(true));
                    b.mustNot(f.match().field("status").matching(IdeaStatus.MERGED));
                    if (campaignId != null) {
                        b.filter(f.match().field("campaignId").matching(campaignId));
                    }
                }))
                .fetchHits(limit);
        for (List<?> hit : ideas) {
            scores.merge((Long) hit.get(0), (Float) hit.get(1), Math::max);
        }
        List<List<?>> comments = s.search(IdeaComment.class)
                .select(f -> f.composite(f.field("ideaId", Long.class), f.score()))
                .where(f -> f.bool(b -> {
                    b.must(f.simpleQueryString()
                            .field("bodyText")
                            .matching(query)
                            .defaultOperator(BooleanOperator.AND));
                    b.mustNot(f.match().field("hidden").matching(true));
                }))
                .fetchHits(limit);
        for (List<?> hit : comments) {
            // a match in the discussion counts a little less than one in the idea itself
            scores.merge((Long) hit.get(0), 0.8f * (Float) hit.get(1), Math::max);
        }
        List<Map.Entry<Long, Float>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<Long, Float>comparingByValue().reversed());
        List<Long> out = new ArrayList<>();
        for (Map.Entry<Long, Float> e : ranked) {
            if (out.size() >= limit) {
                break;
            }
            out.add(e.getKey());
        }
        return out;
    }

    /** Open ideas whose titles share words with the given one (typos forgiven), for duplicate suggestions. */
    public List<Long> similarTitles(String title, Long campaignId, Long excludeId, int limit) {
        List<String> words = new ArrayList<>();
        for (String w : title.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && !STOP.contains(w) && !words.contains(w)) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            return List.of();
        }
        SearchSession s = Search.session(em);
        return s.search(Idea.class)
                .select(f -> f.id(Long.class))
                .where(f -> f.bool(b -> {
                    b.must(f.bool(words_ -> {
                        for (String w : words) {
                            words_.should(
                                    f.match().field("titleExact").matching(w).fuzzy(w.length() > 4 ? 1 : 0));
                        }
                        // most of the words typed so far must appear, a typo each forgiven
                        words_.minimumShouldMatchPercent(words.size() > 2 ? 60 : 100);
                    }));
                    b.mustNot(f.match().field("hidden").matching(true));
                    b.mustNot(f.match().field("status").matching(IdeaStatus.MERGED));
                    if (campaignId != null) {
                        b.should(f.match()
                                .field("campaignId")
                                .matching(campaignId)
                                .boost(2f));
                    }
                    if (excludeId != null) {
                        b.mustNot(f.id().matching(excludeId));
                    }
                }))
                .fetchHits(limit);
    }

    private static final java.util.Set<String> STOP = java.util.Set.of(
            "the", "and", "for", "with", "our", "your", "from", "into", "that", "this", "are", "was", "can", "all",
            "new", "more", "less", "how", "why", "when", "not", "via", "per");
}

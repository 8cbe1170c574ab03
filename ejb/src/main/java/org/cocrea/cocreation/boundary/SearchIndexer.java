package org.cocrea.cocreation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.cocrea.cocreation.entity.Idea;
import org.cocrea.cocreation.entity.IdeaComment;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

/** The transactions of {@link SearchIndex}: one batch each. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SearchIndexer {

    /** How many entities a batch indexed and the last id. */
    public record Batch(int count, long lastId) {}

    @PersistenceContext
    EntityManager em;

    /** Whether the index holds a different number of ideas or comments than the database. */
    public boolean outOfStep() {
        SearchSession s = Search.session(em);
        long ideasIndexed = s.search(Idea.class).where(f -> f.matchAll()).fetchTotalHitCount();
        long commentsIndexed =
                s.search(IdeaComment.class).where(f -> f.matchAll()).fetchTotalHitCount();
        long ideas = em.createQuery("select count(i) from Idea i", Long.class).getSingleResult();
        long comments =
                em.createQuery("select count(c) from IdeaComment c", Long.class).getSingleResult();
        return ideasIndexed != ideas || commentsIndexed != comments;
    }

    public void purge() {
        Search.session(em).workspace(Idea.class, IdeaComment.class).purge();
    }

    public Batch indexBatch(Class<?> type, long afterId, int size) {
        List<?> rows = em.createQuery(
                        "select e from " + type.getSimpleName() + " e where e.id > :after order by e.id", type)
                .setParameter("after", afterId)
                .setMaxResults(size)
                .getResultList();
        SearchIndexingPlan plan = Search.session(em).indexingPlan();
        long last = afterId;
        for (Object o : rows) {
            plan.addOrUpdate(o);
            last = o instanceof Idea i ? i.getId() : ((IdeaComment) o).getId();
        }
        return new Batch(rows.size(), last);
    }

    /** Re-indexes ideas and comments changed since the instant (written by any instance). */
    public int changedSince(Instant since) {
        SearchIndexingPlan plan = Search.session(em).indexingPlan();
        int n = 0;
        for (Idea i : em.createQuery("select i from Idea i where i.updatedAt > :t", Idea.class)
                .setParameter("t", since)
                .setMaxResults(10_000)
                .getResultList()) {
            plan.addOrUpdate(i);
            n++;
        }
        for (IdeaComment c : em.createQuery("select c from IdeaComment c where c.updatedAt > :t", IdeaComment.class)
                .setParameter("t", since)
                .setMaxResults(20_000)
                .getResultList()) {
            plan.addOrUpdate(c);
            n++;
        }
        return n;
    }
}

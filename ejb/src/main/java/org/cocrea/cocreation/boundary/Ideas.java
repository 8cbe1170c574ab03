package org.cocrea.cocreation.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.cocrea.audit.boundary.AuditTrail;
import org.cocrea.climate.boundary.SurveyClock;
import org.cocrea.cocreation.control.AttachmentPolicy;
import org.cocrea.cocreation.control.CampaignOrientation;
import org.cocrea.cocreation.control.Contribution;
import org.cocrea.cocreation.control.IdeaStatus;
import org.cocrea.cocreation.control.Orientation;
import org.cocrea.cocreation.control.RichText;
import org.cocrea.cocreation.control.Tags;
import org.cocrea.cocreation.entity.Campaign;
import org.cocrea.cocreation.entity.CampaignStage;
import org.cocrea.cocreation.entity.Idea;
import org.cocrea.cocreation.entity.IdeaAttachment;
import org.cocrea.cocreation.entity.IdeaComment;
import org.cocrea.cocreation.entity.IdeaTransition;
import org.cocrea.cocreation.entity.Participant;
import org.cocrea.engagement.boundary.Page;
import org.cocrea.engagement.control.ActivityType;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.BusinessRuleException.FieldProblem;
import org.cocrea.platform.persistence.CocreaDataSource;
import org.cocrea.platform.security.Roles;

/**
 * Ideas: submission with attachments and co-authors, editing, the board, the idea page, search,
 * duplicate suggestions and merging duplicates.
 */
@Stateless
@RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE, Roles.CUSTOMER})
public class Ideas {

    /** A file as uploaded. */
    public record Upload(String fileName, String contentType, byte[] content) implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Resource(lookup = CocreaDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Participants participants;

    @Inject
    Campaigns campaigns;

    @Inject
    Contributions contributions;

    @Inject
    IdeaSearch search;

    @Inject
    AuditTrail audit;

    @Inject
    SurveyClock clock;

    /** Submits an idea to an open campaign the caller may take part in; returns its id. */
    @RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN, Roles.EMPLOYEE, Roles.CUSTOMER})
    public long submit(long campaignId, IdeaForm form, List<Upload> files) {
        Participant me = participants.caller();
        Campaign c = campaigns.load(campaignId);
        if (!campaigns.canSee(c, me)) {
            throw new EJBAccessException("This campaign is not open to you.");
        }
        if (!c.isOpenOn(clock.today())) {
            throw BusinessRuleException.invalid(
                    "campaign",
                    "The campaign “" + c.getTitle() + "” takes ideas from " + c.getOpensOn() + " to " + c.getClosesOn()
                            + "; it is closed today.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Checked in = check(c, form, problems, me);
        List<Upload> attachments = checkFiles(files, 0, problems);
        if (!problems.isEmpty()) {
            throw BusinessRuleException.invalid("The idea has " + problems.size() + " problem(s).", problems);
        }
        Instant now = Instant.now();
        CampaignStage first = c.getStages().get(0);
        Idea idea = new Idea(
                c, in.title(), in.html(), in.text(), in.orientation(), in.tags(), form.anonymous(), me, first, now);
        em.persist(idea);
        em.flush();
        long id = idea.getId();
        for (Upload a : attachments) {
            em.persist(new IdeaAttachment(id, a.fileName(), a.contentType(), a.content(), me.getUsername(), now));
        }
        em.persist(new IdeaTransition(
                id,
                c.getId(),
                null,
                first.getId(),
                null,
                IdeaStatus.ACTIVE.name(),
                IdeaTransition.Kind.SUBMITTED,
                null,
                null,
                me.getUsername(),
                now));
        em.flush();
        authors(id, me.getUsername(), in.coAuthors());
        follow(id, me.getUsername());
        contributions.activity(me, ActivityType.IDEA_SUBMITTED, now, "idea:" + id, in.title());
        contributions.award(me.getUsername(), Contribution.IDEA_SUBMITTED, "idea:" + id);
        List<Contributions.Notice> notices = new ArrayList<>();
        for (String co : in.coAuthors()) {
            notices.add(new Contributions.Notice(
                    co,
                    "CO_AUTHOR",
                    id,
                    me.getDisplayName() + " added you as a co-author of the idea “" + in.title() + "”."));
        }
        contributions.notify(notices);
        audit.record("idea.submit", "idea", Long.toString(id), c.getCode() + ": " + in.title());
        return id;
    }

    /** Changes the text of an open idea: its authors and innovation managers may. */
    public IdeaDetail edit(long id, IdeaForm form, int version) {
        Participant me = participants.caller();
        Idea idea = load(id);
        if (!isAuthor(id, me.getUsername()) && !isManager()) {
            throw new EJBAccessException("Only the idea's authors and innovation managers can change it.");
        }
        if (!idea.getStatus().open()) {
            throw BusinessRuleException.invalid(
                    "status",
                    "The idea is " + idea.getStatus().name().toLowerCase(Locale.ROOT)
                            + " and can no longer be changed.");
        }
        if (idea.getVersion() != version) {
            throw BusinessRuleException.conflict(
                    "version", "This idea was changed by someone else. Reload it to see the changes, then edit again.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Checked in = check(idea.getCampaign(), form, problems, me);
        if (!problems.isEmpty()) {
            throw BusinessRuleException.invalid("The idea has " + problems.size() + " problem(s).", problems);
        }
        idea.edit(in.title(), in.html(), in.text(), in.orientation(), in.tags(), Instant.now());
        em.flush();
        authors(id, null, in.coAuthors());
        audit.record("idea.edit", "idea", Long.toString(id), in.title());
        return find(id);
    }

    /** Adds files to an idea (its authors), within the limits on number, size and type. */
    public void attach(long id, List<Upload> files) {
        Participant me = participants.caller();
        load(id);
        if (!isAuthor(id, me.getUsername()) && !isManager()) {
            throw new EJBAccessException("Only the idea's authors and innovation managers can add files.");
        }
        long existing = em.createQuery("select count(a) from IdeaAttachment a where a.ideaId = :i", Long.class)
                .setParameter("i", id)
                .getSingleResult();
        List<FieldProblem> problems = new ArrayList<>();
        List<Upload> checked = checkFiles(files, (int) existing, problems);
        if (!problems.isEmpty()) {
            throw BusinessRuleException.invalid("The files have " + problems.size() + " problem(s).", problems);
        }
        Instant now = Instant.now();
        for (Upload a : checked) {
            em.persist(new IdeaAttachment(id, a.fileName(), a.contentType(), a.content(), me.getUsername(), now));
        }
    }

    /** One attachment's content, if the caller may see its idea. */
    public IdeaAttachment attachment(long attachmentId) {
        IdeaAttachment a = em.find(IdeaAttachment.class, attachmentId);
        if (a == null) {
            throw BusinessRuleException.invalid("attachment", "There is no such file.");
        }
        visibleIdea(a.getIdeaId());
        return a;
    }

    /** The idea page. */
    public IdeaDetail find(long id) {
        Participant me = participants.caller();
        Idea idea = visibleIdea(id);
        boolean manager = isManager();
        Map<String, String> names = new HashMap<>();
        List<String> coAuthors = new ArrayList<>();
        for (Object o : em.createNativeQuery("select a.username, p.display_name, a.role from idea_author a"
                        + " join participant p on p.username = a.username where a.idea_id = ?1"
                        + " order by a.role desc, p.display_name")
                .setParameter(1, id)
                .getResultList()) {
            Object[] row = (Object[]) o;
            names.put((String) row[0], (String) row[1]);
            if ("CO_AUTHOR".equals(row[2])) {
                coAuthors.add((String) row[1]);
            }
        }
        List<IdeaDetail.Attachment> attachments = em.createQuery(
                        "select new " + IdeaDetail.Attachment.class.getName()
                                + "(a.id, a.fileName, a.contentType, a.sizeBytes) from IdeaAttachment a where a.ideaId = :i order by a.id",
                        IdeaDetail.Attachment.class)
                .setParameter("i", id)
                .getResultList();
        List<IdeaComment> raw = em.createNamedQuery(IdeaComment.OF_IDEA, IdeaComment.class)
                .setParameter("idea", id)
                .getResultList();
        Set<String> commenters = new LinkedHashSet<>();
        raw.forEach(c -> commenters.add(c.getAuthor()));
        names.putAll(displayNames(commenters));
        List<IdeaDetail.Comment> comments = thread(raw, names, me.getUsername(), manager);
        Map<Long, String> stageNames = new HashMap<>();
        for (CampaignStage s : idea.getCampaign().getStages()) {
            stageNames.put(s.getId(), s.getName());
        }
        List<IdeaDetail.Step> history = em
                .createNamedQuery(IdeaTransition.OF_IDEA, IdeaTransition.class)
                .setParameter("idea", id)
                .getResultList()
                .stream()
                .map(t -> new IdeaDetail.Step(
                        t.getDecision().name(),
                        t.getFromStage() == null ? null : stageNames.get(t.getFromStage()),
                        stageNames.get(t.getToStage()),
                        t.getToStatus(),
                        t.getRationale(),
                        t.getScore(),
                        hideAuthor(idea, t.getDecidedBy(), me.getUsername()) ? null : t.getDecidedBy(),
                        t.getDecidedAt()))
                .toList();
        boolean mine = isAuthor(id, me.getUsername());
        return new IdeaDetail(
                card(idea, names.get(idea.getSubmitter()), me.getUsername()),
                idea.getDescriptionHtml(),
                idea.isAnonymous(),
                idea.isAnonymous() && !mine ? List.of() : coAuthors,
                attachments,
                comments,
                history,
                gates.gatesOf(idea),
                participation.tasksOf(idea, manager),
                idea.getMergedIntoId(),
                exists("select count(*) from idea_vote where idea_id = ?1 and voter = ?2", id, me.getUsername()),
                exists("select count(*) from idea_follower where idea_id = ?1 and username = ?2", id, me.getUsername()),
                mine,
                (mine || manager) && idea.getStatus().open(),
                manager,
                idea.isHidden());
    }

    @Inject
    Gates gates;

    @Inject
    Participation participation;

    /** The board: ideas of one campaign (or of every campaign the caller sees), filtered, sorted, one page. */
    public Page<IdeaCard> board(BoardQuery q) {
        Participant me = participants.caller();
        List<Long> campaignIds = new ArrayList<>();
        if (q.campaignId() != null) {
            Campaign c = campaigns.load(q.campaignId());
            if (!campaigns.canSee(c, me)) {
                throw new EJBAccessException("This campaign is not open to you.");
            }
            campaignIds.add(c.getId());
        } else {
            for (Campaign c : em.createNamedQuery(Campaign.ALL, Campaign.class).getResultList()) {
                if (campaigns.canSee(c, me)) {
                    campaignIds.add(c.getId());
                }
            }
        }
        if (campaignIds.isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        List<Long> hits = null;
        if (q.text() != null && !q.text().isBlank()) {
            hits = search.ideaIds(q.text(), q.campaignId(), 1000);
            if (hits.isEmpty()) {
                return new Page<>(List.of(), 0);
            }
        }
        BoardStatements sql = boardStatements(q, campaignIds, hits);
        try (Connection con = dataSource.getConnection()) {
            return boardPage(con, sql, q.first(), me.getUsername());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs the board's statements: the count, then the page of cards, unless the count says it is
     * empty (no match, or a page past the end: reading an index in the board's order for a filter
     * that matches nothing would walk the whole campaign).
     */
    static Page<IdeaCard> boardPage(Connection con, BoardStatements sql, int first, String caller) throws SQLException {
        long total;
        try (PreparedStatement st = con.prepareStatement(sql.countSql())) {
            bind(con, st, sql.countParams());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        if (total <= first) {
            return new Page<>(List.of(), total);
        }
        List<IdeaCard> rows = new ArrayList<>();
        try (PreparedStatement st = con.prepareStatement(sql.pageSql())) {
            bind(con, st, sql.pageParams());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(card(rs, caller));
                }
            }
        }
        return new Page<>(rows, total);
    }

    /**
     * The two statements of one board page: the count of matching ideas and the page of cards
     * ({@link #CARD_SQL}), with their parameters for {@link #bind}.
     */
    record BoardStatements(String countSql, List<Object> countParams, String pageSql, List<Object> pageParams) {}

    /**
     * The board's SQL for a query over the given campaigns (those the caller may see); {@code hits}
     * are the search results in order of relevance when the query has a text, otherwise null.
     */
    static BoardStatements boardStatements(BoardQuery q, List<Long> campaignIds, List<Long> hits) {
        // one campaign (every caller's case) as an equality: then an index (campaign_id, sort key)
        // gives the page in order; with "= any(array)" PostgreSQL reads and sorts every matching idea
        boolean one = campaignIds.size() == 1;
        StringBuilder where = new StringBuilder(one ? " where i.campaign_id = ?" : " where i.campaign_id = any(?)");
        where.append(" and not i.hidden");
        List<Object> params = new ArrayList<>();
        params.add(one ? campaignIds.get(0) : campaignIds.toArray(new Long[0]));
        if (q.status() != null && !q.status().isBlank()) {
            if ("open".equalsIgnoreCase(q.status())) {
                where.append(" and i.status in ('ACTIVE', 'IN_REVIEW', 'ON_HOLD')");
            } else {
                where.append(" and i.status = ?");
                params.add(q.status().strip().toUpperCase(Locale.ROOT));
            }
        } else {
            where.append(" and i.status <> 'MERGED'");
        }
        if (q.stageId() != null) {
            where.append(" and i.stage_id = ?");
            params.add(q.stageId());
        }
        if (q.tag() != null && !q.tag().isBlank()) {
            where.append(" and i.tags @> ?");
            params.add(new String[] {q.tag().strip().toLowerCase(Locale.ROOT)});
        }
        if (q.orientation() != null && !q.orientation().isBlank()) {
            where.append(" and i.orientation = ?");
            params.add(q.orientation().strip().toUpperCase(Locale.ROOT));
        }
        if (hits != null) {
            where.append(" and i.id = any(?)");
            params.add(hits.toArray(new Long[0]));
        }
        String order = switch (q.sort() == null ? "" : q.sort()) {
            case "recent" -> "i.submitted_at desc, i.id desc";
            case "comments" -> "i.comment_count desc, i.id desc";
            case "score" -> "i.score desc nulls last, i.id desc";
            case "relevance" -> hits == null ? "i.vote_count desc, i.id desc" : "array_position(?, i.id)";
            default -> "i.vote_count desc, i.id desc";
        };
        List<Object> pageParams = new ArrayList<>(params);
        if (order.contains("?")) {
            pageParams.add(hits.toArray(new Long[0]));
        }
        pageParams.add(q.size());
        pageParams.add(q.first());
        return new BoardStatements(
                "select count(*) from idea i" + where,
                params,
                CARD_SQL + where + " order by " + order + " limit ? offset ?",
                pageParams);
    }

    static final String CARD_SQL = "select i.id, i.campaign_id, c.code, i.title, left(i.description_text, 220),"
            + " s.name, s.phase, s.position, i.status, i.orientation, i.tags, i.submitter, p.display_name,"
            + " i.submitter_kind, i.submitted_at, i.stage_entered_at, i.vote_count, i.comment_count, i.score,"
            + " i.version, i.anonymous from idea i join campaign c on c.id = i.campaign_id"
            + " join campaign_stage s on s.id = i.stage_id join participant p on p.username = i.submitter";

    static IdeaCard card(ResultSet rs, String caller) throws SQLException {
        Array tags = rs.getArray(11);
        boolean anonymous = rs.getBoolean(21);
        String submitter = rs.getString(12);
        double score = rs.getDouble(19);
        boolean noScore = rs.wasNull();
        return new IdeaCard(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getInt(8),
                rs.getString(9),
                rs.getString(10),
                tags == null ? List.of() : List.of((String[]) tags.getArray()),
                anonymous && !submitter.equals(caller) ? null : rs.getString(13),
                anonymous && !submitter.equals(caller) ? null : rs.getString(14),
                rs.getTimestamp(15).toInstant(),
                rs.getTimestamp(16).toInstant(),
                rs.getInt(17),
                rs.getInt(18),
                noScore ? null : score,
                rs.getInt(20));
    }

    static void bind(Connection con, PreparedStatement st, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof Long[] longs) {
                st.setArray(i + 1, con.createArrayOf("bigint", longs));
            } else if (p instanceof String[] strings) {
                st.setArray(i + 1, con.createArrayOf("varchar", strings));
            } else {
                st.setObject(i + 1, p);
            }
        }
    }

    /** Ideas whose title resembles the one being typed (duplicate suggestions), best first. */
    public List<IdeaCard> similar(String title, Long campaignId, Long excludeId) {
        if (title == null || title.strip().length() < 4) {
            return List.of();
        }
        List<Long> ids = search.similarTitles(title, campaignId, excludeId, 5);
        return cards(ids);
    }

    /** Ideas and comments matching a search text, as idea cards in order of relevance. */
    public List<IdeaCard> search(String text, Long campaignId, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Participant me = participants.caller();
        List<IdeaCard> out = new ArrayList<>();
        for (IdeaCard card : cards(search.ideaIds(text, campaignId, Math.min(limit, 200) * 2))) {
            if (out.size() < limit && campaigns.canSee(campaigns.load(card.campaignId()), me)) {
                out.add(card);
            }
        }
        return out;
    }

    /**
     * Merges a duplicate into another idea: votes (one per person), authors, followers, comments and
     * files move to the target; the duplicate is closed as merged and its authors are told.
     */
    @RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN})
    public IdeaDetail merge(long sourceId, long targetId, String rationale) {
        if (sourceId == targetId) {
            throw BusinessRuleException.invalid("targetId", "An idea cannot be merged into itself.");
        }
        String why = rationale == null ? "" : rationale.strip();
        if (why.length() < 10) {
            throw BusinessRuleException.invalid(
                    "rationale", "Say in at least 10 characters why these ideas are duplicates.");
        }
        Idea first = em.find(Idea.class, Math.min(sourceId, targetId), LockModeType.PESSIMISTIC_WRITE);
        Idea second = em.find(Idea.class, Math.max(sourceId, targetId), LockModeType.PESSIMISTIC_WRITE);
        if (first == null || second == null) {
            throw BusinessRuleException.invalid(
                    first == null && sourceId < targetId || second == null && sourceId > targetId
                            ? "sourceId"
                            : "targetId",
                    "There is no such idea.");
        }
        Idea source = first.getId() == sourceId ? first : second;
        Idea target = source == first ? second : first;
        if (!source.getStatus().open()) {
            throw BusinessRuleException.invalid(
                    "sourceId",
                    "Only an open idea can be merged; this one is "
                            + source.getStatus().name().toLowerCase(Locale.ROOT) + ".");
        }
        if (!target.getStatus().open() && target.getStatus() != IdeaStatus.LAUNCHED) {
            throw BusinessRuleException.invalid(
                    "targetId",
                    "The target idea is " + target.getStatus().name().toLowerCase(Locale.ROOT)
                            + "; merge into an open idea.");
        }
        Instant now = Instant.now();
        execute(
                "insert into idea_vote (idea_id, voter, voted_at) select ?1, voter, voted_at from idea_vote"
                        + " where idea_id = ?2 on conflict do nothing",
                targetId,
                sourceId);
        execute("delete from idea_vote where idea_id = ?1", sourceId);
        execute(
                "insert into idea_author (idea_id, username, role) select ?1, username, 'CO_AUTHOR' from idea_author"
                        + " where idea_id = ?2 on conflict do nothing",
                targetId,
                sourceId);
        execute(
                "insert into idea_follower (idea_id, username, since) select ?1, username, since from idea_follower"
                        + " where idea_id = ?2 on conflict do nothing",
                targetId,
                sourceId);
        execute("delete from idea_follower where idea_id = ?1", sourceId);
        for (IdeaComment c : em.createNamedQuery(IdeaComment.OF_IDEA, IdeaComment.class)
                .setParameter("idea", sourceId)
                .getResultList()) {
            c.moveTo(targetId, now);
        }
        for (IdeaAttachment a : em.createQuery(
                        "select a from IdeaAttachment a where a.ideaId = :i", IdeaAttachment.class)
                .setParameter("i", sourceId)
                .getResultList()) {
            a.moveTo(targetId);
        }
        em.flush();
        recount(sourceId);
        recount(targetId);
        em.refresh(target);
        em.refresh(source);
        source.mergedInto(targetId, now);
        em.persist(new IdeaTransition(
                sourceId,
                source.getCampaignId(),
                source.getStage().getId(),
                source.getStage().getId(),
                IdeaStatus.ACTIVE.name(),
                IdeaStatus.MERGED.name(),
                IdeaTransition.Kind.MERGED,
                why + " (merged into #" + targetId + ")",
                null,
                session.getCallerPrincipal().getName(),
                now));
        target.scored(target.getScore(), now);
        em.flush();
        List<Contributions.Notice> notices = new ArrayList<>();
        for (String author : authorsOf(sourceId)) {
            notices.add(new Contributions.Notice(
                    author,
                    "MERGED",
                    targetId,
                    "Your idea “" + source.getTitle()
                            + "” was merged into “" + target.getTitle() + "”: " + why
                            + " Your votes, comments and authorship"
                            + " moved with it."));
        }
        contributions.notify(notices);
        audit.record("idea.merge", "idea", Long.toString(sourceId), "into " + targetId + ": " + why);
        return find(targetId);
    }

    /** Recounts an idea's counters from the rows (after a merge). */
    public void recount(long id) {
        execute(
                "update idea set vote_count = (select count(*) from idea_vote where idea_id = ?1),"
                        + " comment_count = (select count(*) from idea_comment where idea_id = ?1 and not hidden),"
                        + " follower_count = (select count(*) from idea_follower where idea_id = ?1) where id = ?1",
                id);
    }

    public List<String> authorsOf(long id) {
        @SuppressWarnings("unchecked")
        List<String> out = em.createNativeQuery(
                        "select username from idea_author where idea_id = ?1 order by role desc, username")
                .setParameter(1, id)
                .getResultList();
        return out;
    }

    public List<String> followersOf(long id) {
        @SuppressWarnings("unchecked")
        List<String> out = em.createNativeQuery("select username from idea_follower where idea_id = ?1")
                .setParameter(1, id)
                .getResultList();
        return out;
    }

    public void follow(long id, String username) {
        int added = execute(
                "insert into idea_follower (idea_id, username, since) values (?1, ?2, now())"
                        + " on conflict do nothing",
                id,
                username);
        if (added > 0) {
            execute("update idea set follower_count = follower_count + 1 where id = ?1", id);
        }
    }

    public int execute(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.executeUpdate();
    }

    public boolean exists(String countSql, Object... params) {
        var q = em.createNativeQuery(countSql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((Number) q.getSingleResult()).longValue() > 0;
    }

    public boolean isAuthor(long id, String username) {
        return exists("select count(*) from idea_author where idea_id = ?1 and username = ?2", id, username);
    }

    public boolean isManager() {
        return session.isCallerInRole(Roles.INNOVATION_MANAGER) || session.isCallerInRole(Roles.ADMIN);
    }

    public Idea load(long id) {
        Idea idea = em.find(Idea.class, id);
        if (idea == null) {
            throw BusinessRuleException.invalid("id", "There is no idea " + id + ".");
        }
        return idea;
    }

    /** The idea, if the caller may see it: its campaign is open to them and it is not hidden (managers see all). */
    public Idea visibleIdea(long id) {
        Idea idea = load(id);
        if (!campaigns.canSee(idea.getCampaign(), participants.caller())) {
            throw new EJBAccessException("This idea's campaign is not open to you.");
        }
        if (idea.isHidden() && !isManager()) {
            throw BusinessRuleException.invalid("id", "This idea was removed by a moderator.");
        }
        return idea;
    }

    private boolean hideAuthor(Idea idea, String who, String caller) {
        return idea.isAnonymous() && who.equals(idea.getSubmitter()) && !who.equals(caller);
    }

    public IdeaCard card(Idea i, String submitterName, String caller) {
        boolean hide = i.isAnonymous() && !i.getSubmitter().equals(caller);
        String text = i.getDescriptionText();
        return new IdeaCard(
                i.getId(),
                i.getCampaignId(),
                i.getCampaign().getCode(),
                i.getTitle(),
                text.length() > 220 ? text.substring(0, 220) : text,
                i.getStage().getName(),
                i.getStage().getPhase().name(),
                i.getStage().getPosition(),
                i.getStatus().name(),
                i.getOrientation().name(),
                List.of(i.getTags()),
                hide ? null : submitterName,
                hide ? null : i.getSubmitterKind().name(),
                i.getSubmittedAt(),
                i.getStageEnteredAt(),
                i.getVoteCount(),
                i.getCommentCount(),
                i.getScore(),
                i.getVersion());
    }

    public List<IdeaCard> cards(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String caller = session.getCallerPrincipal().getName();
        Map<Long, IdeaCard> byId = new LinkedHashMap<>();
        try (Connection con = dataSource.getConnection();
                PreparedStatement st = con.prepareStatement(
                        CARD_SQL + " where i.id = any(?) and not i.hidden" + " and i.status <> 'MERGED'")) {
            st.setArray(1, con.createArrayOf("bigint", ids.toArray(new Long[0])));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    IdeaCard card = card(rs, caller);
                    byId.put(card.id(), card);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        List<IdeaCard> out = new ArrayList<>();
        for (Long id : ids) {
            if (byId.containsKey(id)) {
                out.add(byId.get(id));
            }
        }
        return out;
    }

    public Map<String, String> displayNames(Set<String> usernames) {
        Map<String, String> out = new HashMap<>();
        if (usernames.isEmpty()) {
            return out;
        }
        for (Object[] row : em.createQuery(
                        "select p.username, p.displayName from Participant p where p.username in :u", Object[].class)
                .setParameter("u", usernames)
                .getResultList()) {
            out.put((String) row[0], (String) row[1]);
        }
        return out;
    }

    private static List<IdeaDetail.Comment> thread(
            List<IdeaComment> raw, Map<String, String> names, String caller, boolean manager) {
        Map<Long, List<IdeaComment>> children = new LinkedHashMap<>();
        List<IdeaComment> roots = new ArrayList<>();
        Set<Long> ids = new LinkedHashSet<>();
        raw.forEach(c -> ids.add(c.getId()));
        for (IdeaComment c : raw) {
            if (c.getParentId() == null || !ids.contains(c.getParentId())) {
                roots.add(c);
            } else {
                children.computeIfAbsent(c.getParentId(), k -> new ArrayList<>())
                        .add(c);
            }
        }
        List<IdeaDetail.Comment> out = new ArrayList<>();
        for (IdeaComment r : roots) {
            walk(r, 0, children, names, caller, manager, out);
        }
        return out;
    }

    private static void walk(
            IdeaComment c,
            int depth,
            Map<Long, List<IdeaComment>> children,
            Map<String, String> names,
            String caller,
            boolean manager,
            List<IdeaDetail.Comment> out) {
        boolean hidden = c.isHidden();
        out.add(new IdeaDetail.Comment(
                c.getId(),
                c.getParentId(),
                Math.min(depth, 4),
                c.getAuthor(),
                names.getOrDefault(c.getAuthor(), c.getAuthor()),
                hidden && !manager ? "" : c.getBodyHtml(),
                c.getCreatedAt(),
                c.getEditedAt(),
                hidden,
                c.getAuthor().equals(caller),
                c.getVersion()));
        for (IdeaComment child : children.getOrDefault(c.getId(), List.of())) {
            walk(child, depth + 1, children, names, caller, manager, out);
        }
    }

    private void authors(long id, String submitter, List<String> coAuthors) {
        if (submitter != null) {
            execute("insert into idea_author (idea_id, username, role) values (?1, ?2, 'SUBMITTER')", id, submitter);
        } else {
            execute("delete from idea_author where idea_id = ?1 and role = 'CO_AUTHOR'", id);
        }
        for (String co : coAuthors) {
            execute(
                    "insert into idea_author (idea_id, username, role) values (?1, ?2, 'CO_AUTHOR') on conflict do nothing",
                    id,
                    co);
        }
    }

    private record Checked(
            String title, String html, String text, Orientation orientation, String[] tags, List<String> coAuthors) {}

    private Checked check(Campaign c, IdeaForm form, List<FieldProblem> problems, Participant me) {
        String title = form.title() == null ? "" : form.title().strip().replaceAll("\\s+", " ");
        if (title.length() < 5 || title.length() > 200) {
            problems.add(new FieldProblem("title", "Give the idea a title of 5 to 200 characters."));
        }
        String html = "";
        String text = "";
        try {
            html = RichText.check("descriptionHtml", form.descriptionHtml(), 20, 20_000);
            text = RichText.text(html);
        } catch (BusinessRuleException e) {
            problems.addAll(e.getFieldProblems());
        }
        Orientation orientation = null;
        if (form.orientation() == null || form.orientation().isBlank()) {
            if (c.getOrientation() == CampaignOrientation.BOTH) {
                problems.add(new FieldProblem(
                        "orientation",
                        "Say whether the idea explores something new or improves something that exists."));
            } else {
                orientation = Orientation.valueOf(c.getOrientation().name());
            }
        } else {
            try {
                orientation = Orientation.valueOf(form.orientation().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("orientation", "Choose exploration or exploitation."));
            }
        }
        String[] tags = new String[0];
        try {
            tags = Tags.normalise(form.tags()).toArray(new String[0]);
        } catch (BusinessRuleException e) {
            problems.addAll(e.getFieldProblems());
        }
        if (form.anonymous() && !c.isAnonymousAllowed()) {
            problems.add(new FieldProblem("anonymous", "This campaign does not take anonymous ideas."));
        }
        List<String> coAuthors = new ArrayList<>();
        for (String co : form.coAuthors()) {
            if (co == null || co.isBlank()) {
                continue;
            }
            String name = co.strip();
            if (name.equals(me.getUsername())) {
                continue;
            }
            if (participants.find(name) == null) {
                problems.add(new FieldProblem(
                        "coAuthors",
                        name + " has not taken part in Cocrea yet; only people who"
                                + " have signed in can be co-authors."));
            } else if (!coAuthors.contains(name)) {
                coAuthors.add(name);
            }
        }
        if (coAuthors.size() > 10) {
            problems.add(new FieldProblem("coAuthors", "An idea has at most 10 co-authors."));
        }
        return new Checked(title, html, text, orientation, tags, coAuthors);
    }

    private static List<Upload> checkFiles(List<Upload> files, int existing, List<FieldProblem> problems) {
        List<Upload> out = new ArrayList<>();
        if (files == null || files.isEmpty()) {
            return out;
        }
        try {
            AttachmentPolicy.checkCount(existing, files.size());
        } catch (BusinessRuleException e) {
            problems.addAll(e.getFieldProblems());
            return out;
        }
        for (Upload u : files) {
            try {
                out.add(new Upload(u.fileName(), AttachmentPolicy.check(u.fileName(), u.content()), u.content()));
            } catch (BusinessRuleException e) {
                problems.addAll(e.getFieldProblems());
            }
        }
        return out;
    }
}

package org.cocrea.cocreation.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cocrea.audit.boundary.AuditTrail;
import org.cocrea.cocreation.control.Contribution;
import org.cocrea.cocreation.control.IdeaStatus;
import org.cocrea.cocreation.control.Mentions;
import org.cocrea.cocreation.control.RichText;
import org.cocrea.cocreation.entity.ContentReport;
import org.cocrea.cocreation.entity.Idea;
import org.cocrea.cocreation.entity.IdeaComment;
import org.cocrea.cocreation.entity.Participant;
import org.cocrea.engagement.control.ActivityType;
import org.cocrea.engagement.control.OutcomeKind;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.security.Roles;

/**
 * Taking part in an idea's discussion: threaded comments with @-mentions, one vote per person,
 * following, and reporting abusive content.
 *
 * <p>A vote is a row under the primary key (idea, voter): a second vote by the same person, however
 * concurrent, inserts nothing, and the idea's count moves only when a row was inserted or deleted,
 * in the same transaction. So counts equal rows under any load.
 */
@Stateless
@RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN, Roles.EMPLOYEE, Roles.CUSTOMER})
public class Discussion {

    /** The outcome of a vote or un-vote. */
    public record VoteResult(long ideaId, boolean voted, int votes, boolean changed, String status)
            implements java.io.Serializable {}

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Participants participants;

    @Inject
    Ideas ideas;

    @Inject
    Gates gates;

    @Inject
    Contributions contributions;

    @Inject
    AuditTrail audit;

    /** Adds a comment (a reply when {@code parentId} is given); mentioned people and followers are told. */
    public long comment(long ideaId, Long parentId, String html) {
        Participant me = participants.caller();
        Idea idea = ideas.visibleIdea(ideaId);
        if (idea.getStatus() == IdeaStatus.MERGED) {
            throw BusinessRuleException.invalid(
                    "ideaId", "This idea was merged into #" + idea.getMergedIntoId() + "; comment there.");
        }
        String body = RichText.check("body", html, 1, 5_000);
        String text = RichText.text(body);
        IdeaComment parent = null;
        if (parentId != null) {
            parent = em.find(IdeaComment.class, parentId);
            if (parent == null || parent.getIdeaId() != ideaId) {
                throw BusinessRuleException.invalid("parentId", "The comment you reply to is not on this idea.");
            }
        }
        Instant now = Instant.now();
        IdeaComment c = new IdeaComment(ideaId, parentId, me.getUsername(), body, text, now);
        em.persist(c);
        em.flush();
        ideas.execute("update idea set comment_count = comment_count + 1 where id = ?1", ideaId);
        ideas.follow(ideaId, me.getUsername());
        contributions.activity(me, ActivityType.COMMENT, now, "comment:" + c.getId(), "On “" + idea.getTitle() + "”");
        contributions.award(me.getUsername(), Contribution.COMMENT_POSTED, "comment:" + c.getId());
        List<Contributions.Notice> notices = new ArrayList<>();
        Set<String> told = new LinkedHashSet<>();
        told.add(me.getUsername());
        for (String name : Mentions.find(text)) {
            Participant p = participants.find(name);
            if (p != null && told.add(name)) {
                notices.add(new Contributions.Notice(
                        name,
                        "MENTION",
                        ideaId,
                        me.getDisplayName() + " mentioned you on “" + idea.getTitle() + "”: " + clip(text)));
            }
        }
        if (parent != null && told.add(parent.getAuthor())) {
            notices.add(new Contributions.Notice(
                    parent.getAuthor(),
                    "REPLY",
                    ideaId,
                    me.getDisplayName() + " replied to your comment on “" + idea.getTitle() + "”: " + clip(text)));
            Participant parentAuthor = participants.find(parent.getAuthor());
            contributions.outcome(
                    parentAuthor == null ? null : parentAuthor.getStakeholderId(),
                    OutcomeKind.REPLY_RECEIVED,
                    now,
                    "comment:" + c.getId());
        }
        for (String follower : ideas.followersOf(ideaId)) {
            if (told.add(follower)) {
                notices.add(new Contributions.Notice(
                        follower,
                        "COMMENT",
                        ideaId,
                        me.getDisplayName() + " commented on “" + idea.getTitle() + "”: " + clip(text)));
            }
        }
        contributions.notify(notices);
        return c.getId();
    }

    /** Edits one's own comment. */
    public void editComment(long commentId, String html, int version) {
        Participant me = participants.caller();
        IdeaComment c = em.find(IdeaComment.class, commentId);
        if (c == null) {
            throw BusinessRuleException.invalid("commentId", "There is no such comment.");
        }
        if (!c.getAuthor().equals(me.getUsername())) {
            throw new EJBAccessException("Only its author can change a comment.");
        }
        if (c.getVersion() != version) {
            throw BusinessRuleException.conflict(
                    "version", "This comment was changed meanwhile. Reload and edit again.");
        }
        String body = RichText.check("body", html, 1, 5_000);
        c.edit(body, RichText.text(body), Instant.now());
    }

    /** Votes for an idea; voting twice changes nothing. An idea reaching its support threshold goes to its gate. */
    public VoteResult vote(long ideaId) {
        Participant me = participants.caller();
        Idea idea = ideas.visibleIdea(ideaId);
        if (!idea.getStatus().open()) {
            throw BusinessRuleException.invalid(
                    "ideaId",
                    "Votes are closed: the idea is " + idea.getStatus().name().toLowerCase(java.util.Locale.ROOT)
                            + ".");
        }
        Instant now = Instant.now();
        int inserted = ideas.execute(
                "insert into idea_vote (idea_id, voter, voted_at) values (?1, ?2, ?3)" + " on conflict do nothing",
                ideaId,
                me.getUsername(),
                java.sql.Timestamp.from(now));
        if (inserted == 0) {
            return new VoteResult(
                    ideaId, true, currentVotes(ideaId), false, idea.getStatus().name());
        }
        Object[] row = (Object[]) em.createNativeQuery(
                        "update idea set vote_count = vote_count + 1 where id = ?1" + " returning vote_count, status")
                .setParameter(1, ideaId)
                .getSingleResult();
        int votes = ((Number) row[0]).intValue();
        String status = (String) row[1];
        contributions.activity(me, ActivityType.VOTE, now, "idea:" + ideaId, idea.getTitle());
        Participant submitter = participants.find(idea.getSubmitter());
        if (submitter != null && !submitter.getUsername().equals(me.getUsername())) {
            contributions.outcome(submitter.getStakeholderId(), OutcomeKind.IDEA_VOTE_RECEIVED, now, "idea:" + ideaId);
        }
        // points in a fixed order of user names, so two crossing votes cannot deadlock on the two rows
        TreeSet<String> order = new TreeSet<>();
        order.add(me.getUsername());
        if (submitter != null) {
            order.add(submitter.getUsername());
        }
        for (String who : order) {
            if (who.equals(me.getUsername())) {
                contributions.award(who, Contribution.VOTE_CAST, "idea:" + ideaId);
            }
            if (submitter != null && who.equals(submitter.getUsername()) && !who.equals(me.getUsername())) {
                contributions.award(who, Contribution.VOTE_RECEIVED, "vote:" + ideaId + ":" + me.getUsername());
            }
        }
        if (IdeaStatus.ACTIVE.name().equals(status)) {
            status = gates.supportReached(ideaId, votes) ? IdeaStatus.IN_REVIEW.name() : status;
        }
        return new VoteResult(ideaId, true, votes, true, status);
    }

    /** Withdraws one's vote; withdrawing a vote never cast changes nothing. */
    public VoteResult unvote(long ideaId) {
        Participant me = participants.caller();
        Idea idea = ideas.visibleIdea(ideaId);
        int deleted =
                ideas.execute("delete from idea_vote where idea_id = ?1 and voter = ?2", ideaId, me.getUsername());
        if (deleted == 0) {
            return new VoteResult(
                    ideaId, false, currentVotes(ideaId), false, idea.getStatus().name());
        }
        Object[] row = (Object[]) em.createNativeQuery(
                        "update idea set vote_count = vote_count - 1 where id = ?1" + " returning vote_count, status")
                .setParameter(1, ideaId)
                .getSingleResult();
        return new VoteResult(ideaId, false, ((Number) row[0]).intValue(), true, (String) row[1]);
    }

    /** Follows an idea: its comments and decisions reach the follower. */
    public void follow(long ideaId, boolean on) {
        Participant me = participants.caller();
        ideas.visibleIdea(ideaId);
        if (on) {
            ideas.follow(ideaId, me.getUsername());
        } else if (ideas.execute(
                        "delete from idea_follower where idea_id = ?1 and username = ?2", ideaId, me.getUsername())
                > 0) {
            ideas.execute("update idea set follower_count = follower_count - 1 where id = ?1", ideaId);
        }
    }

    /** Reports an idea or comment as abusive; it goes to the moderation queue. Reporting twice is refused. */
    public long report(ContentReport.Target target, long targetId, String reason) {
        Participant me = participants.caller();
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 5 || why.length() > 1000) {
            throw BusinessRuleException.invalid("reason", "Say in 5 to 1,000 characters what is wrong with it.");
        }
        long ideaId;
        String author;
        if (target == ContentReport.Target.IDEA) {
            Idea idea = ideas.visibleIdea(targetId);
            ideaId = idea.getId();
            author = idea.getSubmitter();
        } else {
            IdeaComment c = em.find(IdeaComment.class, targetId);
            if (c == null) {
                throw BusinessRuleException.invalid("targetId", "There is no such comment.");
            }
            ideas.visibleIdea(c.getIdeaId());
            ideaId = c.getIdeaId();
            author = c.getAuthor();
        }
        if (author.equals(me.getUsername())) {
            throw BusinessRuleException.invalid("targetId", "You cannot report your own contribution.");
        }
        if (ideas.exists(
                "select count(*) from content_report where target_kind = ?1 and target_id = ?2 and reporter = ?3",
                target.name(),
                targetId,
                me.getUsername())) {
            throw BusinessRuleException.conflict(
                    "targetId", "You have already reported this; a moderator will look at it.");
        }
        ContentReport r = new ContentReport(target, targetId, ideaId, author, me.getUsername(), why, Instant.now());
        em.persist(r);
        em.flush();
        audit.record("content.report", target.name().toLowerCase(java.util.Locale.ROOT), Long.toString(targetId), why);
        return r.getId();
    }

    private int currentVotes(long ideaId) {
        return ((Number) em.createNativeQuery("select vote_count from idea where id = ?1")
                        .setParameter(1, ideaId)
                        .getSingleResult())
                .intValue();
    }

    private static String clip(String text) {
        return text.length() <= 160 ? text : text.substring(0, 159) + "…";
    }
}

package org.cocrea.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cocrea.cocreation.boundary.BoardQuery;
import org.cocrea.cocreation.boundary.CampaignForm;
import org.cocrea.cocreation.boundary.CampaignView;
import org.cocrea.cocreation.boundary.Campaigns;
import org.cocrea.cocreation.boundary.Discussion;
import org.cocrea.cocreation.boundary.Gates;
import org.cocrea.cocreation.boundary.IdeaCard;
import org.cocrea.cocreation.boundary.IdeaDetail;
import org.cocrea.cocreation.boundary.IdeaForm;
import org.cocrea.cocreation.boundary.Ideas;
import org.cocrea.cocreation.control.AttachmentPolicy;
import org.cocrea.cocreation.control.GateDecision;
import org.cocrea.cocreation.entity.ContentReport;
import org.cocrea.engagement.boundary.Page;
import org.cocrea.platform.BusinessRuleException;

/**
 * Co-creation over REST: campaigns, ideas (board, search, duplicate suggestions, submission,
 * editing, files), comments, votes, follows, reports and gate decisions. Errors are problem+json
 * naming the field at fault.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CocreationResource {

    @Inject
    Campaigns campaigns;

    @Inject
    Ideas ideas;

    @Inject
    Discussion discussion;

    @Inject
    Gates gates;

    @Inject
    org.cocrea.cocreation.boundary.Moderation moderation;

    @Inject
    org.cocrea.cocreation.boundary.Notifications notifications;

    @Inject
    org.cocrea.cocreation.boundary.Recognitions recognitions;

    @jakarta.ws.rs.core.Context
    UriInfo uri;

    /** The caller's notifications, newest first. */
    @GET
    @Path("notifications")
    public List<org.cocrea.cocreation.boundary.Notifications.Item> notifications(
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return notifications.mine(limit);
    }

    /** The caller's points, rank, badges and latest credits. */
    @GET
    @Path("recognition/me")
    public org.cocrea.cocreation.boundary.Recognitions.Mine recognition() {
        return recognitions.mine();
    }

    @GET
    @Path("recognition/leaderboard")
    public List<org.cocrea.cocreation.boundary.Recognitions.Leader> leaderboard(
            @QueryParam("limit") @DefaultValue("20") int limit) {
        return recognitions.leaderboard(limit);
    }

    /** The caller's open gate evaluations. */
    @GET
    @Path("evaluations")
    public List<Gates.QueueItem> evaluations() {
        return gates.queue();
    }

    /** Scores for one evaluation as JSON: scores (criterion id → 1..5), comment. */
    @POST
    @Path("evaluations/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response evaluate(@PathParam("id") long id, Map<String, Object> body) {
        Map<String, Object> b = require(body, "evaluation");
        Map<Long, Integer> scores = new java.util.HashMap<>();
        if (b.get("scores") instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                try {
                    scores.put(Long.parseLong(String.valueOf(e.getKey())), ((Number) e.getValue()).intValue());
                } catch (RuntimeException ex) {
                    throw BusinessRuleException.invalid(
                            "scores[" + e.getKey() + "]", "Give a whole score from 1 to 5.");
                }
            }
        }
        gates.evaluate(id, scores, b.get("comment") == null ? null : String.valueOf(b.get("comment")));
        return Response.noContent().build();
    }

    /** The moderation queue. */
    @GET
    @Path("moderation")
    public List<org.cocrea.cocreation.boundary.Moderation.Item> moderationQueue() {
        return moderation.queue();
    }

    /** A moderation decision as JSON: confirm (true removes the content), note, version. */
    @POST
    @Path("moderation/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response moderate(@PathParam("id") long id, Map<String, Object> body) {
        Map<String, Object> b = require(body, "decision");
        if (!(b.get("version") instanceof Number version)) {
            throw BusinessRuleException.invalid("version", "Send the version of the report you decided on.");
        }
        moderation.decide(
                id,
                Boolean.TRUE.equals(b.get("confirm")),
                b.get("note") == null ? null : String.valueOf(b.get("note")),
                version.intValue());
        return Response.noContent().build();
    }

    /** Merges the idea into another as JSON: targetId, rationale. */
    @POST
    @Path("ideas/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    public IdeaDetail merge(@PathParam("id") long id, Map<String, Object> body) {
        Map<String, Object> b = require(body, "merge");
        if (!(b.get("targetId") instanceof Number target)) {
            throw BusinessRuleException.invalid("targetId", "Give the id of the idea to merge into.");
        }
        return ideas.merge(
                id, target.longValue(), b.get("rationale") == null ? null : String.valueOf(b.get("rationale")));
    }

    @GET
    @Path("campaigns")
    public List<CampaignView> campaigns() {
        return campaigns.visible();
    }

    @GET
    @Path("campaigns/{code}")
    public CampaignView campaign(@PathParam("code") String code) {
        return campaigns.find(code);
    }

    @POST
    @Path("campaigns")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createCampaign(CampaignForm form) {
        CampaignView c = campaigns.create(require(form, "campaign"));
        return Response.created(
                        uri.getBaseUriBuilder().path("campaigns").path(c.code()).build())
                .entity(c)
                .build();
    }

    @PUT
    @Path("campaigns/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CampaignView updateCampaign(
            @PathParam("code") String code, @QueryParam("version") Integer version, CampaignForm form) {
        CampaignView c = campaigns.find(code);
        return campaigns.update(c.id(), require(form, "campaign"), version == null ? c.version() : version);
    }

    @GET
    @Path("campaigns/{code}/ideas")
    public Page<IdeaCard> board(
            @PathParam("code") String code,
            @QueryParam("q") String text,
            @QueryParam("status") String status,
            @QueryParam("stage") Long stage,
            @QueryParam("tag") String tag,
            @QueryParam("orientation") String orientation,
            @QueryParam("sort") @DefaultValue("votes") String sort,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("24") int size) {
        CampaignView c = campaigns.find(code);
        return ideas.board(new BoardQuery(c.id(), text, status, stage, tag, orientation, sort, first, size));
    }

    /** A new idea as JSON: title, descriptionHtml, orientation, tags, anonymous, coAuthors. */
    @POST
    @Path("campaigns/{code}/ideas")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("code") String code, IdeaForm form) {
        CampaignView c = campaigns.find(code);
        long id = ideas.submit(c.id(), require(form, "idea"), List.of());
        return Response.created(uri.getBaseUriBuilder()
                        .path("ideas")
                        .path(Long.toString(id))
                        .build())
                .entity(ideas.find(id))
                .build();
    }

    @GET
    @Path("ideas/search")
    public List<IdeaCard> search(
            @QueryParam("q") String text,
            @QueryParam("campaign") String campaign,
            @QueryParam("limit") @DefaultValue("20") int limit) {
        if (text == null || text.isBlank()) {
            throw BusinessRuleException.invalid("q", "Give the words to search for.");
        }
        Long campaignId = campaign == null || campaign.isBlank()
                ? null
                : campaigns.find(campaign).id();
        return ideas.search(text, campaignId, Math.max(1, Math.min(limit, 100)));
    }

    @GET
    @Path("ideas/similar")
    public List<IdeaCard> similar(
            @QueryParam("title") String title,
            @QueryParam("campaign") String campaign,
            @QueryParam("exclude") Long exclude) {
        Long campaignId = campaign == null || campaign.isBlank()
                ? null
                : campaigns.find(campaign).id();
        return ideas.similar(title, campaignId, exclude);
    }

    @GET
    @Path("ideas/{id}")
    public IdeaDetail idea(@PathParam("id") long id) {
        return ideas.find(id);
    }

    @PUT
    @Path("ideas/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public IdeaDetail edit(@PathParam("id") long id, @QueryParam("version") Integer version, IdeaForm form) {
        if (version == null) {
            throw BusinessRuleException.invalid(
                    "version",
                    "Send the version you edited (?version=…), so a change" + " made meanwhile is not overwritten.");
        }
        return ideas.edit(id, require(form, "idea"), version);
    }

    /**
     * Adds one file, sent as the request body with its name in {@code ?name=}. A body announced
     * larger than the limit is refused before it is read.
     */
    @POST
    @Path("ideas/{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    public Response attach(
            @PathParam("id") long id,
            @QueryParam("name") String name,
            @HeaderParam("Content-Length") Long length,
            @HeaderParam("Content-Type") String type,
            InputStream body)
            throws IOException {
        if (name == null || name.isBlank()) {
            throw BusinessRuleException.invalid("name", "Give the file name in ?name=.");
        }
        if (length != null && length > AttachmentPolicy.MAX_BYTES) {
            return tooLarge(name);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = body.read(buf)) > 0) {
            out.write(buf, 0, n);
            if (out.size() > AttachmentPolicy.MAX_BYTES) {
                return tooLarge(name);
            }
        }
        ideas.attach(id, List.of(new Ideas.Upload(name, type, out.toByteArray())));
        return Response.status(Response.Status.CREATED)
                .entity(ideas.find(id).attachments())
                .build();
    }

    private Response tooLarge(String name) {
        String message = name + " is larger than " + AttachmentPolicy.MAX_BYTES / (1024 * 1024) + " MB.";
        Problem p = new Problem(
                "about:blank",
                "Content Too Large",
                413,
                message,
                uri.getPath(),
                List.of(new Problem.FieldError("attachments", message)));
        return Response.status(413).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    @GET
    @Path("ideas/{id}/comments")
    public List<IdeaDetail.Comment> comments(@PathParam("id") long id) {
        return ideas.find(id).comments();
    }

    /** A comment as JSON: body (HTML, sanitised), parentId to reply. */
    @POST
    @Path("ideas/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("id") long id, Map<String, Object> body) {
        Map<String, Object> b = require(body, "comment");
        Object parent = b.get("parentId");
        long commentId = discussion.comment(
                id,
                parent == null ? null : ((Number) parent).longValue(),
                b.get("body") == null ? null : String.valueOf(b.get("body")));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(commentId))
                        .build())
                .entity(Map.of("id", commentId))
                .build();
    }

    @PUT
    @Path("ideas/{id}/vote")
    public Discussion.VoteResult vote(@PathParam("id") long id) {
        return discussion.vote(id);
    }

    @DELETE
    @Path("ideas/{id}/vote")
    public Discussion.VoteResult unvote(@PathParam("id") long id) {
        return discussion.unvote(id);
    }

    @PUT
    @Path("ideas/{id}/follow")
    public Response follow(@PathParam("id") long id) {
        discussion.follow(id, true);
        return Response.noContent().build();
    }

    @DELETE
    @Path("ideas/{id}/follow")
    public Response unfollow(@PathParam("id") long id) {
        discussion.follow(id, false);
        return Response.noContent().build();
    }

    /** A report as JSON: target (idea or comment), targetId, reason. */
    @POST
    @Path("reports")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response report(Map<String, Object> body) {
        Map<String, Object> b = require(body, "report");
        ContentReport.Target target;
        try {
            target =
                    ContentReport.Target.valueOf(String.valueOf(b.get("target")).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessRuleException.invalid("target", "Report an idea or a comment.");
        }
        if (!(b.get("targetId") instanceof Number targetId)) {
            throw BusinessRuleException.invalid("targetId", "Give the id of what you report.");
        }
        long id = discussion.report(
                target, targetId.longValue(), b.get("reason") == null ? null : String.valueOf(b.get("reason")));
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
    }

    /** A gate decision as JSON: decision (go, kill, hold, recycle), rationale, version. */
    @POST
    @Path("ideas/{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    public IdeaDetail decide(@PathParam("id") long id, Map<String, Object> body) {
        Map<String, Object> b = require(body, "decision");
        GateDecision decision;
        try {
            decision = GateDecision.valueOf(String.valueOf(b.get("decision")).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessRuleException.invalid("decision", "Decide go, kill, hold or recycle.");
        }
        if (!(b.get("version") instanceof Number version)) {
            throw BusinessRuleException.invalid("version", "Send the version of the idea you decided on.");
        }
        return gates.decide(
                id,
                decision,
                b.get("rationale") == null ? null : String.valueOf(b.get("rationale")),
                version.intValue());
    }

    /** Opens the gate of the idea's stage for evaluation. */
    @POST
    @Path("ideas/{id}/review")
    public IdeaDetail review(@PathParam("id") long id, @QueryParam("version") Integer version) {
        return gates.openReview(id, version == null ? ideas.find(id).card().version() : version);
    }

    private static <T> T require(T body, String what) {
        if (body == null) {
            throw BusinessRuleException.invalid("body", "Send the " + what + " as a JSON object.");
        }
        return body;
    }
}

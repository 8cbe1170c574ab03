package org.cocrea.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cocrea.engagement.boundary.EngagementActivities;
import org.cocrea.engagement.boundary.EngagementImports;
import org.cocrea.engagement.boundary.EngagementScoring;
import org.cocrea.engagement.boundary.StakeholderIdentification;
import org.cocrea.engagement.boundary.StakeholderProfiles;
import org.cocrea.engagement.control.Ability;
import org.cocrea.engagement.control.ActivityInput;
import org.cocrea.engagement.control.EngagementSettings;
import org.cocrea.engagement.control.IdentificationCriteria;
import org.cocrea.engagement.control.StakeholderKind;
import org.cocrea.platform.BusinessRuleException;

/**
 * Engagement data coming in (activities single, batch or CSV; outcomes of contributions) and going
 * out (identification, the executive overview); the scoring settings and runs; shortlists; and the
 * experience questions answered through a personal link.
 */
@Path("engagement")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EngagementResource {

    @Inject
    EngagementActivities activities;

    @Inject
    EngagementImports imports;

    @Inject
    EngagementScoring scoring;

    @Inject
    StakeholderIdentification identification;

    @Inject
    StakeholderProfiles profiles;

    @jakarta.ws.rs.core.Context
    UriInfo uri;

    /** One activity: {@code {"stakeholderId":"C-1","type":"comment","timestamp":"…Z","channel":"web","weight":1}}. */
    @POST
    @Path("activities")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(ActivityInput input) {
        if (input == null) {
            throw BusinessRuleException.invalid("body", "Send the activity as a JSON object.");
        }
        return Response.status(Response.Status.CREATED)
                .entity(Map.of("recorded", activities.record(input)))
                .build();
    }

    /** Up to 10,000 activities, all or nothing: {@code {"activities":[…]}}. */
    public record Batch(List<ActivityInput> activities) {}

    @POST
    @Path("activities/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordBatch(Batch batch) {
        return Response.status(Response.Status.CREATED)
                .entity(Map.of("recorded", activities.recordBatch(batch == null ? null : batch.activities())))
                .build();
    }

    /** Checks (and with {@code commit=true} imports) an activity CSV. */
    @POST
    @Path("activities/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response importActivities(
            byte[] content,
            @QueryParam("fileName") @DefaultValue("activities.csv") String fileName,
            @QueryParam("commit") @DefaultValue("false") boolean commit) {
        return ImportProblems.report(
                commit ? imports.importActivities(fileName, content) : imports.previewActivities(fileName, content),
                uri);
    }

    /** Outcomes of contributions: {@code {"outcomes":[{"stakeholderId":"C-1","kind":"idea_accepted","timestamp":"…"}]}}. */
    public record Outcomes(List<EngagementActivities.OutcomeInput> outcomes) {}

    @POST
    @Path("outcomes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordOutcomes(Outcomes body) {
        return Response.status(Response.Status.CREATED)
                .entity(Map.of("recorded", activities.recordOutcomes(body == null ? null : body.outcomes())))
                .build();
    }

    /** What to rank by; every part optional (the defaults of docs/engagement-index.md). */
    public record IdentificationRequest(
            Map<String, Double> abilities,
            String rankBy,
            Double alpha,
            Double abilityCutoff,
            Double willingnessCutoff,
            List<String> kinds,
            List<String> segments,
            List<String> regions,
            Double minAbility,
            Double minWillingness,
            Boolean requireConsent,
            Double maxRisk,
            Integer limit) {}

    static IdentificationCriteria criteria(IdentificationRequest r) {
        IdentificationCriteria.Builder b = IdentificationCriteria.builder();
        if (r == null) {
            return b.build();
        }
        String field = "abilities";
        try {
            if (r.abilities() != null) {
                for (Map.Entry<String, Double> e : r.abilities().entrySet()) {
                    Ability a = java.util.Arrays.stream(Ability.values())
                            .filter(x -> x.code().equals(e.getKey().strip().toLowerCase(Locale.ROOT)))
                            .findFirst()
                            .orElseThrow(
                                    () -> BusinessRuleException.invalid(
                                            "abilities",
                                            "Unknown ability '" + e.getKey()
                                                    + "'; use innovation, communication, recommendation, learning or knowledge."));
                    b.ability(a, e.getValue() == null ? 1 : e.getValue());
                }
            }
            field = "rankBy";
            if (r.rankBy() != null) {
                b.rankBy(
                        IdentificationCriteria.RankBy.valueOf(r.rankBy().strip().toUpperCase(Locale.ROOT)));
            }
            field = "alpha";
            if (r.alpha() != null) {
                b.abilityExponent(r.alpha());
            }
            field = "cutoffs";
            b.cutoffs(
                    r.abilityCutoff() == null ? 50 : r.abilityCutoff(),
                    r.willingnessCutoff() == null ? 50 : r.willingnessCutoff());
            field = "kinds";
            if (r.kinds() != null) {
                List<StakeholderKind> kinds = new ArrayList<>();
                for (String k : r.kinds()) {
                    kinds.add(StakeholderKind.fromCode(k)
                            .orElseThrow(() -> BusinessRuleException.invalid(
                                    "kinds", "Unknown kind '" + k + "'; use " + StakeholderKind.codes() + ".")));
                }
                b.kinds(kinds);
            }
            if (r.segments() != null) {
                b.segments(r.segments());
            }
            if (r.regions() != null) {
                b.regions(r.regions());
            }
            field = "minScores";
            b.minScores(
                    r.minAbility() == null ? 0 : r.minAbility(), r.minWillingness() == null ? 0 : r.minWillingness());
            if (r.requireConsent() != null) {
                b.requireConsent(r.requireConsent());
            }
            field = "maxRisk";
            if (r.maxRisk() != null) {
                b.maxRisk(r.maxRisk());
            }
            field = "criteria";
            return b.build();
        } catch (IllegalArgumentException e) {
            throw BusinessRuleException.invalid(field, e.getMessage());
        }
    }

    @POST
    @Path("identification")
    @Consumes(MediaType.APPLICATION_JSON)
    public StakeholderIdentification.Result identify(IdentificationRequest request) {
        int limit = request == null || request.limit() == null ? 100 : request.limit();
        return identification.identify(criteria(request), limit);
    }

    /** A shortlist to save: the criteria it was ranked with and the members in rank order. */
    public record ShortlistInput(String name, String campaign, IdentificationRequest criteria, List<Long> members) {}

    @POST
    @Path("shortlists")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response saveShortlist(ShortlistInput in) {
        if (in == null) {
            throw BusinessRuleException.invalid("body", "Send the shortlist as a JSON object.");
        }
        StakeholderIdentification.ShortlistView v = identification.saveShortlist(
                in.name(),
                in.campaign(),
                criteria(in.criteria()),
                in.criteria() == null ? "" : in.criteria().toString(),
                in.members());
        return Created.at(uri, v.id(), v);
    }

    @GET
    @Path("shortlists")
    public List<StakeholderIdentification.ShortlistView> shortlists() {
        return identification.shortlists();
    }

    @GET
    @Path("shortlists/{id: [0-9]+}/members")
    public List<StakeholderIdentification.Member> members(@PathParam("id") long id) {
        return identification.members(id);
    }

    /** Invites the members (with an address and consent, not yet invited) by e-mail. */
    public record InviteInput(String message) {}

    @POST
    @Path("shortlists/{id: [0-9]+}/invite")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Integer> invite(@PathParam("id") long id, InviteInput in) {
        return Map.of("invited", identification.invite(id, in == null ? null : in.message()));
    }

    @GET
    @Path("settings")
    public Response settings() {
        return Response.ok(scoring.settings().toJson(), MediaType.APPLICATION_JSON)
                .build();
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response saveSettings(String json) {
        EngagementSettings s;
        try {
            s = EngagementSettings.fromJson(json == null ? "" : json);
        } catch (IllegalArgumentException e) {
            throw BusinessRuleException.invalid("settings", e.getMessage());
        }
        return Response.ok(scoring.saveSettings(s).toJson(), MediaType.APPLICATION_JSON)
                .build();
    }

    @POST
    @Path("runs")
    public EngagementScoring.RunSummary run() {
        return scoring.runNow();
    }

    @GET
    @Path("runs")
    public List<EngagementScoring.RunSummary> runs(@QueryParam("limit") @DefaultValue("20") int limit) {
        return scoring.recentRuns(limit);
    }

    @GET
    @Path("overview")
    public StakeholderProfiles.Overview overview() {
        return profiles.overview();
    }

    /** Answers to the experience questions through a personal link (no sign-in; the token is the credential). */
    @POST
    @Path("experience")
    @Consumes(MediaType.APPLICATION_JSON)
    public StakeholderProfiles.ExperienceView answerExperience(
            @QueryParam("t") String token, Map<String, Integer> answers) {
        return profiles.answerExperience(token, answers);
    }
}

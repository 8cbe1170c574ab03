package org.cocrea.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cocrea.engagement.boundary.StakeholderProfiles;
import org.cocrea.engagement.boundary.Stakeholders;
import org.cocrea.web.security.CurrentUser;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A customer's or employee's own engagement profile: points, engagement and its trend, the
 * abilities Cocrea sees, experience answers, and a download of everything held on them.
 */
@Named
@RequestScoped
public class MyProfileView {

    static final String[] ABILITY_KEYS = {"innovation", "communication", "recommendation", "learning", "knowledge"};

    @Inject
    Stakeholders stakeholders;

    @Inject
    StakeholderProfiles profiles;

    @Inject
    CurrentUser user;

    private StakeholderProfiles.Profile profile;

    @PostConstruct
    void init() {
        if (!user.hasRole(org.cocrea.platform.security.Roles.CUSTOMER)
                && !user.hasRole(org.cocrea.platform.security.Roles.EMPLOYEE)) {
            return;
        }
        stakeholders.linkCaller(user.getEmail(), user.getDisplayName());
        profile = profiles.mine().orElse(null);
    }

    public StakeholderProfiles.Profile getProfile() {
        return profile;
    }

    /** The engagement trend as an SVG chart ("" with too few points). */
    public String getTrendChart() {
        if (profile == null) {
            return "";
        }
        return EngagementCharts.trend(
                profile.engagementTrend().stream()
                        .map(p -> new EngagementCharts.DatePoint(p.date(), p.value()))
                        .toList(),
                Pages.msg("myProfile.trend"),
                50,
                null);
    }

    /** The five abilities as an SVG radar. */
    public String getRadarChart() {
        if (profile == null) {
            return "";
        }
        return EngagementCharts.radar(
                java.util.Arrays.stream(org.cocrea.engagement.control.Ability.values())
                        .map(a -> Pages.msg("engagement.ability." + a.code()))
                        .toList(),
                List.of(new EngagementCharts.Series(
                        Pages.msg("profile.radar.now"), profile.detail().abilities())),
                Pages.msg("myProfile.abilities"));
    }

    public String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.0f", v);
    }

    public StreamedContent getMyData() {
        return DefaultStreamedContent.builder().name("my-data.json").contentType("application/json").stream(() ->
                        new ByteArrayInputStream(stakeholders.myPrivacyExport().getBytes(StandardCharsets.UTF_8)))
                .build();
    }
}

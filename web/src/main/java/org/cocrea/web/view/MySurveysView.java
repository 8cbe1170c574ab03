package org.cocrea.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cocrea.climate.boundary.MySurvey;
import org.cocrea.climate.boundary.SurveyAnswering;

/** The signed-in person's survey invitations. */
@Named
@RequestScoped
public class MySurveysView {

    @Inject
    SurveyAnswering answering;

    private List<MySurvey> surveys;

    @PostConstruct
    void init() {
        surveys = answering.mine();
    }

    public List<MySurvey> getSurveys() {
        return surveys;
    }
}

package org.cocrea.web.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cocrea.cocreation.boundary.Notifications;
import org.cocrea.cocreation.boundary.Participants;
import org.cocrea.cocreation.boundary.Participation;
import org.cocrea.cocreation.boundary.Recognitions;

/**
 * A participant's own co-creation: notifications, points and badges, the leaderboard (which they
 * can leave), mail preferences, and the co-design and test tasks they are invited to.
 */
@Named
@ViewScoped
public class MyCocreationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Notifications notifications;

    @Inject
    Recognitions recognitions;

    @Inject
    Participants participants;

    @Inject
    Participation participation;

    @Inject
    org.cocrea.web.security.CurrentUser user;

    private List<Notifications.Item> items = List.of();
    private Recognitions.Mine mine;
    private List<Recognitions.Leader> leaders = List.of();
    private List<Participation.MyTask> tasks = List.of();
    private boolean optOut;
    private boolean email;
    private Long taskId;
    private String finding;

    public void load() {
        try {
            items = notifications.mine(20);
            mine = recognitions.mine();
            leaders = recognitions.leaderboard(10);
            optOut = mine.optedOut();
            email = mine.emailNotifications();
            if (user.hasRole("customer") || user.hasRole("employee")) {
                tasks = participation.mine();
            }
        } catch (RuntimeException e) {
            CoPages.refused(e, null);
        }
    }

    public void readAll() {
        notifications.read(null);
        items = notifications.mine(20);
    }

    public void savePreferences() {
        participants.preferences(optOut, email);
        Pages.info(Pages.msg("co.preferencesSaved"));
        load();
    }

    public void startFinding(long task) {
        taskId = task;
        finding = null;
    }

    public void submitFinding() {
        try {
            participation.submitFinding(taskId, finding);
            Pages.info(Pages.msg("co.findingSent"));
            tasks = participation.mine();
        } catch (RuntimeException e) {
            CoPages.refused(e, "findingForm");
        }
    }

    public String ago(java.time.Instant t) {
        return CoPages.ago(t);
    }

    public List<Notifications.Item> getItems() {
        return items;
    }

    public Recognitions.Mine getMine() {
        return mine;
    }

    public List<Recognitions.Leader> getLeaders() {
        return leaders;
    }

    public List<Participation.MyTask> getTasks() {
        return tasks;
    }

    public boolean isOptOut() {
        return optOut;
    }

    public void setOptOut(boolean optOut) {
        this.optOut = optOut;
    }

    public boolean isEmail() {
        return email;
    }

    public void setEmail(boolean email) {
        this.email = email;
    }

    public String getFinding() {
        return finding;
    }

    public void setFinding(String finding) {
        this.finding = finding;
    }
}

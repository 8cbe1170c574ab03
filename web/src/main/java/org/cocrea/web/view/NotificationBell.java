package org.cocrea.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cocrea.cocreation.boundary.Notifications;

/** The number of unread notifications beside the user's name, read once per request. */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    Notifications notifications;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            try {
                unread = notifications.unread();
            } catch (RuntimeException e) {
                unread = 0L;
            }
        }
        return unread;
    }
}

package org.cocrea.cocreation.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.cocrea.platform.mail.Mailer;
import org.cocrea.platform.persistence.CocreaDataSource;

/**
 * Sends the e-mail copies of notifications. Notifications are written with mail state PENDING in
 * the contributor's transaction (an outbox); every instance of a cluster drains it every 15 seconds,
 * taking rows with {@code for update skip locked}, so each mail goes out once and a slow mail server
 * never holds up a vote or a comment.
 */
@Stateless
@PermitAll
public class NotificationMailer {

    private static final Logger LOG = Logger.getLogger(NotificationMailer.class.getName());

    @Resource(lookup = CocreaDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Mailer mailer;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(
            name = "cocrea.base-url",
            defaultValue = "http://localhost:8080/cocrea")
    String baseUrl;

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    void drain() {
        try {
            send(200);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending notification mails failed", e);
        }
    }

    /** Sends up to {@code max} pending mails; returns how many went out. */
    public int send(int max) {
        record Pending(long id, String to, String message, Long ideaId) {}
        try (Connection c = dataSource.getConnection()) {
            List<Pending> pending = new ArrayList<>();
            try (PreparedStatement st =
                    c.prepareStatement("select n.id, p.email, n.message, n.idea_id from notification n"
                            + " join participant p on p.username = n.recipient where n.mail_state = 'PENDING'"
                            + " order by n.id limit ? for update of n skip locked")) {
                st.setInt(1, max);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        long idea = rs.getLong(4);
                        pending.add(new Pending(
                                rs.getLong(1), rs.getString(2), rs.getString(3), rs.wasNull() ? null : idea));
                    }
                }
            }
            int sent = 0;
            try (PreparedStatement st =
                    c.prepareStatement("update notification set mail_state = ?, mailed_at = now() where id = ?")) {
                for (Pending p : pending) {
                    String state;
                    try {
                        mailer.send(new Mailer.Mail(
                                p.to(),
                                "Cocrea: " + subject(p.message()),
                                p.message()
                                        + (p.ideaId() == null
                                                ? ""
                                                : "\n\nOpen the idea: " + baseUrl.replaceAll("/+$", "")
                                                        + "/cocreation/idea.xhtml?id=" + p.ideaId())
                                        + "\n\nYou receive this because you take part in Cocrea. Turn e-mail copies off under"
                                        + " Co-creation → My recognition."));
                        state = "SENT";
                        sent++;
                    } catch (RuntimeException e) {
                        state = "FAILED";
                    }
                    st.setString(1, state);
                    st.setLong(2, p.id());
                    st.addBatch();
                }
                st.executeBatch();
            }
            return sent;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(String message) {
        int end = message.indexOf(". ");
        String s = end > 0 ? message.substring(0, end) : message;
        return s.length() > 90 ? s.substring(0, 89) + "…" : s;
    }
}

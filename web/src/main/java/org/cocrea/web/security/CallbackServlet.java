package org.cocrea.web.security;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cocrea.engagement.boundary.Stakeholders;
import org.cocrea.platform.security.Roles;

/**
 * Where Keycloak sends the browser back after sign-in. The OpenID Connect mechanism has already
 * exchanged the code and signed the user in when this runs; it only sends the user on to the page
 * they first asked for (kept by {@link CocreaAuthenticationMechanism}) or to the home page.
 */
@WebServlet("/Callback")
public class CallbackServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(CallbackServlet.class.getName());

    @Inject
    CurrentUser user;

    @EJB
    Stakeholders stakeholders;

    @EJB
    org.cocrea.cocreation.boundary.Participants participants;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getUserPrincipal() == null) {
            // no sign-in happened (e.g. the user cancelled at Keycloak): start over from home
            resp.sendRedirect(req.getContextPath() + "/");
            return;
        }
        recordSignIn();
        HttpSession session = req.getSession(false);
        String target = session == null ? null : (String) session.getAttribute(CocreaAuthenticationMechanism.RETURN_TO);
        if (session != null) {
            session.removeAttribute(CocreaAuthenticationMechanism.RETURN_TO);
        }
        resp.sendRedirect(isLocal(target, req.getContextPath()) ? target : req.getContextPath() + "/");
    }

    /**
     * A customer's or employee's sign-in links its stakeholder record (created for a self-registered
     * customer) and counts as a visit. Never stands in the way of signing in.
     */
    private void recordSignIn() {
        try {
            participants.signedIn(user.getDisplayName(), user.getEmail());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record " + user.getUsername() + " as a co-creation participant", e);
        }
        try {
            if (user.hasRole(Roles.CUSTOMER) || user.hasRole(Roles.EMPLOYEE)) {
                stakeholders.signedIn(user.getEmail(), user.getDisplayName());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the sign-in of " + user.getUsername() + " as a visit", e);
        }
    }

    /** Only paths inside this application: never an open redirect. */
    static boolean isLocal(String target, String contextPath) {
        return target != null
                && target.startsWith(contextPath + "/")
                && !target.startsWith("//")
                && !target.contains("\\")
                && !target.contains("://");
    }
}

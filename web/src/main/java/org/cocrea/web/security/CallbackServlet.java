package org.cocrea.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Where Keycloak sends the browser back after sign-in. The OpenID Connect mechanism has already
 * exchanged the code and signed the user in when this runs; it only sends the user on to the page
 * they first asked for (kept by {@link CocreaAuthenticationMechanism}) or to the home page.
 */
@WebServlet("/Callback")
public class CallbackServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getUserPrincipal() == null) {
            // no sign-in happened (e.g. the user cancelled at Keycloak): start over from home
            resp.sendRedirect(req.getContextPath() + "/");
            return;
        }
        HttpSession session = req.getSession(false);
        String target = session == null ? null : (String) session.getAttribute(CocreaAuthenticationMechanism.RETURN_TO);
        if (session != null) {
            session.removeAttribute(CocreaAuthenticationMechanism.RETURN_TO);
        }
        resp.sendRedirect(isLocal(target, req.getContextPath()) ? target : req.getContextPath() + "/");
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

package org.cocrea.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Signs out of Cocrea and of Keycloak. {@code request.logout()} lets the OpenID Connect mechanism
 * end the local session and send the browser to the realm's end-session endpoint (see
 * {@link SecurityConfiguration}); Keycloak then returns it to the signed-out page.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
        req.logout();
        if (resp.isCommitted() || resp.containsHeader("Location")) {
            return;
        }
        // nobody was signed in through Keycloak: just end whatever session there is
        HttpSession session = req.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        resp.sendRedirect(req.getContextPath() + "/signed-out.xhtml");
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
        doGet(req, resp);
    }
}

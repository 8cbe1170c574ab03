package org.cocrea.web.export;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.reporting.boundary.KpiDashboards;
import org.cocrea.reporting.control.DashboardFilter;

/**
 * The dashboards' exports for signed-in users: {@code /kpi/export?format=pdf&scope=…&grain=…&from=…&to=…}
 * (with {@code kpi} and {@code within} for a KPI's detail). A plain address, so a link on the
 * dashboard downloads the same figures the screen shows; the EJB layer checks the role.
 */
@WebServlet("/kpi/export")
public class KpiExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient KpiDashboards dashboards;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            KpiDashboards.Format format = KpiDashboards.Format.of(req.getParameter("format"));
            DashboardFilter f = dashboards.filter(
                    req.getParameter("scope"),
                    req.getParameter("grain"),
                    req.getParameter("from"),
                    req.getParameter("to"));
            String kpi = req.getParameter("kpi");
            byte[] data = dashboards.export(f, kpi, req.getParameter("within"), format);
            resp.setContentType(format.contentType());
            resp.setContentLength(data.length);
            resp.setHeader(
                    "Content-Disposition", "attachment; filename=\"" + KpiDashboards.fileName(f, kpi, format) + "\"");
            resp.getOutputStream().write(data);
        } catch (RuntimeException e) {
            Throwable t = e;
            while (t instanceof EJBException && !(t instanceof EJBAccessException) && t.getCause() != null) {
                t = t.getCause();
            }
            if (t instanceof BusinessRuleException bre) {
                resp.sendError(HttpServletResponse.SC_BAD_REQUEST, bre.getField() + ": " + bre.getMessage());
            } else if (t instanceof EJBAccessException) {
                resp.sendError(HttpServletResponse.SC_FORBIDDEN);
            } else {
                throw e;
            }
        }
    }
}

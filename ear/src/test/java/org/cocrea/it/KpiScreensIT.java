package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;
import org.cocrea.kpi.boundary.CocreationFixture;
import org.cocrea.launcher.DemoUser;
import org.cocrea.launcher.DevEnvironment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The executive dashboards in headless Chromium: an executive opens the overview, clicks a KPI's
 * tile, goes down from the organisation to a unit and to a campaign by clicking, and reads the
 * campaign's ideas; the overview's PDF export, fetched with the executive's session, opens in
 * OpenPDF's reader. The co-creation history is written into the co-creation tables beforehand and
 * the snapshot feed run through the API.
 */
@ExtendWith(ArquillianExtension.class)
class KpiScreensIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    static DevEnvironment env;

    @BeforeAll
    static void ready() {
        env = TestEnvironment.get();
        env.awaitKeycloak();
        EngagementIT.env = env;
    }

    static Connection db() throws SQLException {
        return DriverManager.getConnection(
                env.database().url(), env.database().user(), env.database().password());
    }

    @Test
    void anExecutiveDrillsFromATileToTheIdeasAndTheExportedPdfOpens() throws Exception {
        ZoneId zone = ZoneId.systemDefault();
        // ideas over the last ten months, all inside the dashboard's default range of twelve
        Instant start = Instant.now().minus(330, ChronoUnit.DAYS);
        long firstId = 6_000_000_000L + (System.nanoTime() % 1_000_000) * 1_000;
        CocreationFixture rows = new CocreationFixture(99, zone, start, 270, firstId);
        try (Connection c = db()) {
            c.setAutoCommit(false);
            rows.organisation(c);
            rows.step(c, 40);
            rows.step(c, 10);
            c.commit();
        }
        KpiIT.env = env;
        KpiIT.drain();
        String company = "Unit ACME " + rows.tag;
        String campaign = "Campaign 0";

        try (Browser browser = Browser.open(env)) {
            browser.signIn(DemoUser.byRole("executive")).go("kpi/overview.xhtml");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("tiles")));
            assertThat(browser.all(By.cssSelector("#tiles .kpi-tile"))).hasSizeGreaterThanOrEqualTo(16);
            assertThat(browser.text(By.id("statusSummary"))).contains("On target");
            assertThat(browser.has(By.cssSelector("#funnel svg"))).isTrue();
            browser.screenshot("kpi-overview");

            browser.driver().findElement(By.id("tile-customer_idea_share")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("kpiTitle")));
            assertThat(browser.text(By.id("kpiTitle"))).contains("Share of ideas from customers");
            assertThat(browser.driver().getCurrentUrl())
                    .contains("kpi=customer_idea_share")
                    .contains("scope=organisation");
            assertThat(browser.has(By.cssSelector("#seriesChart svg"))).isTrue();
            browser.screenshot("kpi-detail-organisation");

            // organisation → unit (the company, or its division when the company is the only top unit)
            String unit = browser.has(By.xpath("//table[@id='belowTable']//a[normalize-space()='" + company + "']"))
                    ? company
                    : "Unit RD " + rows.tag;
            click(browser, unit);
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("kpiTitle"), unit));
            assertThat(browser.driver().getCurrentUrl()).contains("scope=unit%3A");
            browser.screenshot("kpi-detail-unit");

            // unit → campaign
            WebElement campaignLink = browser.waiting()
                    .until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                            "//table[@id='belowTable']//tr[contains(@class,'drill-campaign')]//a[normalize-space()='"
                                    + campaign + "']")));
            campaignLink.click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("kpiTitle"), campaign));
            assertThat(browser.driver().getCurrentUrl()).contains("scope=campaign%3ASPRING-" + rows.tag);

            // campaign → its ideas
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("ideaList")));
            assertThat(browser.all(By.cssSelector("#ideaList tr.idea-row"))).isNotEmpty();
            assertThat(browser.text(By.id("ideaList"))).contains("Idea ");
            assertThat(browser.text(By.id("crumbs"))).contains(unit).contains(campaign);
            browser.screenshot("kpi-ideas");

            // the overview's PDF, fetched with the executive's session
            browser.go("kpi/overview.xhtml");
            String href = browser.waiting()
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("exportPdf")))
                    .getAttribute("href");
            String cookies = browser.driver().manage().getCookies().stream()
                    .map(Cookie::toString)
                    .map(s -> s.split(";")[0])
                    .collect(Collectors.joining("; "));
            HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(href))
                                    .header("Cookie", cookies)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
            PdfReader reader = new PdfReader(pdf.body());
            assertThat(reader.getNumberOfPages()).isPositive();
            assertThat(reader.getInfo().get("Title")).contains("KPI overview");
            reader.close();
        }
    }

    @Test
    void anExecutiveCannotOpenTheAdministrationAndSeesNoManagementMenu() {
        try (Browser browser = Browser.open(env)) {
            browser.signIn(DemoUser.byRole("executive")).go("kpi/admin.xhtml");
            assertThat(browser.text(By.id("error-403"))).contains("Not for your role");
            browser.go("kpi/overview.xhtml");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("tiles")));
            assertThat(browser.has(By.cssSelector(".menu-kpi-overview"))).isTrue();
            assertThat(browser.has(By.cssSelector(".menu-kpi-definitions"))).isFalse();
            assertThat(browser.has(By.cssSelector(".menu-kpi-admin"))).isFalse();
        }
    }

    private static void click(Browser browser, String label) {
        browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//table[@id='belowTable']//a[normalize-space()='" + label + "']")))
                .click();
    }
}

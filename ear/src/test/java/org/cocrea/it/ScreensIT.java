package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocrea.launcher.DemoUser;
import org.cocrea.launcher.DevEnvironment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The shell of the UI in headless Chromium: every demo role signs in through Keycloak's real login
 * page and sees its own menu; pages beyond a role show the 403 page; unknown pages the 404 page;
 * sign-out ends the Keycloak session too; the browser's language picks Chinese; a Keycloak outage
 * gives a clear page.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScreensIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** What each role must find in the menu; everything else of {@link #ALL_ITEMS} must be absent. */
    static final Map<String, Set<String>> MENU = Map.of(
            "innovation-manager",
            Set.of(
                    "menu-home",
                    "menu-cocreation",
                    "menu-campaigns",
                    "menu-pipeline",
                    "menu-evaluations",
                    "menu-moderation",
                    "menu-my-cocreation",
                    "menu-my-surveys",
                    "menu-engagement",
                    "menu-stakeholders",
                    "menu-identification",
                    "menu-stakeholder-import",
                    "menu-engagement-overview",
                    "menu-kpi",
                    "menu-kpi-overview",
                    "menu-kpi-definitions",
                    "menu-kpi-measurements",
                    "menu-kpi-reports",
                    "menu-insights",
                    "menu-evidence"),
            "hr-analyst",
            Set.of(
                    "menu-home",
                    "menu-my-surveys",
                    "menu-people",
                    "menu-org",
                    "menu-instruments",
                    "menu-rounds",
                    "menu-climate",
                    "menu-insights",
                    "menu-evidence"),
            "executive",
            Set.of(
                    "menu-home",
                    "menu-cocreation",
                    "menu-campaigns",
                    "menu-pipeline",
                    "menu-my-surveys",
                    "menu-people",
                    "menu-climate",
                    "menu-engagement",
                    "menu-engagement-overview",
                    "menu-kpi",
                    "menu-kpi-overview",
                    "menu-kpi-reports",
                    "menu-insights",
                    "menu-evidence"),
            "employee",
            Set.of(
                    "menu-home",
                    "menu-my-surveys",
                    "menu-my-profile",
                    "menu-cocreation",
                    "menu-campaigns",
                    "menu-evaluations",
                    "menu-my-cocreation"),
            "customer",
            Set.of("menu-home", "menu-my-profile", "menu-cocreation", "menu-campaigns", "menu-my-cocreation"),
            "admin",
            Set.of(
                    "menu-home",
                    "menu-cocreation",
                    "menu-campaigns",
                    "menu-pipeline",
                    "menu-evaluations",
                    "menu-moderation",
                    "menu-my-cocreation",
                    "menu-my-surveys",
                    "menu-people",
                    "menu-org",
                    "menu-instruments",
                    "menu-rounds",
                    "menu-climate",
                    "menu-insights",
                    "menu-evidence",
                    "menu-engagement",
                    "menu-stakeholders",
                    "menu-identification",
                    "menu-stakeholder-import",
                    "menu-engagement-overview",
                    "menu-kpi",
                    "menu-kpi-overview",
                    "menu-kpi-definitions",
                    "menu-kpi-measurements",
                    "menu-kpi-reports",
                    "menu-kpi-admin",
                    "menu-admin",
                    "menu-admin-status",
                    "menu-admin-audit"));

    static final Set<String> ALL_ITEMS =
            MENU.values().stream().flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

    static DevEnvironment env;

    @BeforeAll
    static void keycloakReady() {
        env = TestEnvironment.get();
        env.awaitKeycloak();
    }

    @Test
    @Order(1)
    void everyRoleSignsInAndSeesItsOwnMenu() {
        for (DemoUser user : DemoUser.ALL) {
            try (Browser browser = Browser.open(env)) {
                browser.signIn(user);

                assertThat(browser.text(By.id("greeting")))
                        .startsWith("Welcome,")
                        .doesNotContain("null");
                assertThat(browser.text(By.id("roles"))).as(user.username()).isNotBlank();
                assertThat(browser.has(By.cssSelector(".role-" + user.role())))
                        .as(user.username())
                        .isTrue();
                for (String item : ALL_ITEMS) {
                    assertThat(browser.has(By.cssSelector("." + item)))
                            .as("%s sees menu item %s", user.username(), item)
                            .isEqualTo(MENU.get(user.role()).contains(item));
                }
                assertThat(browser.has(By.id("menuForm:signOut"))).isTrue();
                browser.screenshot("home-" + user.username());
            }
        }
    }

    @Test
    @Order(2)
    void aPageBeyondTheRoleShowsThe403PageAndTheAdminSeesIt() {
        try (Browser browser = Browser.open(env)) {
            browser.signIn(DemoUser.byRole("employee")).go("admin/status.xhtml");
            assertThat(browser.text(By.id("error-403"))).contains("Not for your role");
            assertThat(browser.text(By.tagName("body")))
                    .doesNotContain("Exception")
                    .doesNotContain(".java:");
            browser.screenshot("error-403");
        }
        try (Browser browser = Browser.open(env)) {
            browser.signIn(DemoUser.byRole("admin")).go("admin/status.xhtml");
            assertThat(browser.text(By.id("dbVersion"))).startsWith("PostgreSQL");
            assertThat(browser.all(By.cssSelector("[id$='migrations_data'] tr")))
                    .isNotEmpty();
            browser.screenshot("admin-status");
        }
    }

    @Test
    @Order(3)
    void anUnknownAddressShowsThe404Page() {
        try (Browser browser = Browser.open(env)) {
            browser.signIn(DemoUser.byRole("customer")).go("no/such/page.xhtml");
            assertThat(browser.text(By.id("error-404"))).contains("Page not found");
            browser.screenshot("error-404");
        }
    }

    @Test
    @Order(4)
    void aChineseBrowserGetsChinese() {
        try (Browser browser = Browser.open(env, "zh-CN,zh")) {
            browser.signIn(DemoUser.byRole("hr-analyst"));
            assertThat(browser.text(By.id("greeting"))).startsWith("欢迎");
            assertThat(browser.text(By.id("roles"))).contains("人力资源分析师");
            browser.screenshot("home-zh");
        }
    }

    @Test
    @Order(5)
    void signingOutEndsTheKeycloakSessionToo() {
        try (Browser browser = Browser.open(env)) {
            browser.signIn(DemoUser.byRole("executive"));
            browser.driver().findElement(By.id("menuForm:signOut")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("signed-out")));

            browser.go("");
            // no silent sign-in: Keycloak asks for the password again
            browser.waiting().until(ExpectedConditions.urlContains("/realms/cocrea/"));
            assertThat(browser.has(By.id("password"))).isTrue();
        }
    }

    @Test
    @Order(6)
    void hrImportsUnitsFromAFileAfterAPreviewAndSeesTheTree() throws Exception {
        String c = "B" + System.nanoTime() % 1_000_000;
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("units", ".csv");
        java.nio.file.Files.writeString(
                csv,
                "code,name,kind,parent_code\n" + c + ",Browser Co " + c + ",company,\n" + c + "-S,Sales " + c
                        + ",division," + c + "\n" + c + "-N,North " + c + ",team," + c + "-S\n");
        try (Browser browser = Browser.open(env)) {
            browser.signIn(DemoUser.byRole("hr-analyst")).go("hr/organisation.xhtml");
            browser.screenshot("org-empty");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("orgForm:units")));
            browser.driver()
                    .findElement(By.cssSelector("#importForm input[type='file']"))
                    .sendKeys(csv.toAbsolutePath().toString());
            browser.driver().findElement(By.id("importForm:checkFile")).click();
            browser.screenshot("org-import-checked");
            assertThat(browser.text(By.id("importSummary"))).contains("3 new");
            browser.screenshot("org-import-preview");
            browser.driver().findElement(By.id("importForm:commitImport")).click();
            browser.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("importSummary"), "Saved"));
            browser.go("hr/organisation.xhtml");
            assertThat(browser.text(By.id("orgForm:units")))
                    .contains("Browser Co " + c)
                    .contains("Sales " + c);
            browser.screenshot("org-tree");
        } finally {
            java.nio.file.Files.deleteIfExists(csv);
        }
    }

    @Test
    @Order(7)
    void hrReadsTheBuiltInInnovationClimateInstrumentInBothLanguages() {
        try (Browser browser = Browser.open(env)) {
            browser.signIn(DemoUser.byRole("hr-analyst")).go("hr/instruments.xhtml");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("libForm:library")));
            browser.driver()
                    .findElement(By.xpath("//tr[.//span[contains(., 'innovation-climate v1')]]//a"))
                    .click();
            browser.waiting()
                    .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#libForm\\:factors .factor"), 4));
            assertThat(browser.all(By.cssSelector("#libForm\\:factors .items li")))
                    .hasSizeGreaterThanOrEqualTo(16);
            assertThat(browser.has(By.cssSelector(".reverse-tag"))).isTrue();
            browser.screenshot("instrument-library");
        }
    }

    @Test
    @Order(8)
    void anEmployeeAnswersTheInvitationAndHrSeesTheUnitOnlyOnceEnoughHaveAnswered() throws Exception {
        SurveyIT.env = env;
        SurveyIT.mail = TestEnvironment.mail();
        String c = "W" + System.nanoTime() % 1_000_000;
        assertThat(SurveyIT.postCsv(
                                "api/v1/org/import/units?commit=true",
                                "code,name,kind,parent_code\n" + c + ",Survey Co " + c + ",company,\n" + c
                                        + "-T,Insight Team " + c + ",team," + c + "\n")
                        .status())
                .isEqualTo(200);
        StringBuilder people = new StringBuilder("external_id,email,display_name,unit_code,username\n");
        List<String> emails = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String email = "w" + i + "." + c + "@it.example";
            emails.add(email);
            people.append(c + "-" + i + "," + email + ",Person " + i + "," + c + "-T," + (i == 0 ? "employee" : ""))
                    .append('\n');
        }
        assertThat(SurveyIT.postCsv("api/v1/org/import/employees?commit=true", people.toString())
                        .status())
                .isEqualTo(200);
        long companyId = SurveyIT.get("api/v1/org/units", SurveyIT.hr()).array().stream()
                .map(v -> v.asJsonObject())
                .filter(u -> u.getString("code").equals(c))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        SurveyIT.Org org = new SurveyIT.Org(companyId, c, emails);
        long round = SurveyIT.launchedRound(org, "Browser climate " + c);
        java.util.Map<String, String> tokens = SurveyIT.tokensFromMail(org, 5);

        try (Browser employee = Browser.open(env)) {
            employee.signIn(DemoUser.byRole("employee")).go("my/surveys.xhtml");
            employee.screenshot("my-surveys");
            employee.driver()
                    .findElement(By.xpath(
                            "//tr[td[contains(., 'Browser climate " + c + "')]]//a[contains(@class,'answer-link')]"))
                    .click();
            employee.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("roundName")));
            assertThat(employee.text(By.id("anonymityNote"))).contains("at least 5 people");
            for (int section = 1; section <= 4; section++) {
                assertThat(employee.text(By.id("sectionCounter"))).isEqualTo("Section " + section + " of 4");
                List<org.openqa.selenium.WebElement> items = employee.all(By.cssSelector("fieldset.survey-item"));
                assertThat(items).hasSize(5);
                for (org.openqa.selenium.WebElement item : items) {
                    item.findElements(By.cssSelector(".ui-radiobutton-box"))
                            .get(3)
                            .click();
                    waitForAjax(employee);
                }
                if (section == 1) {
                    employee.screenshot("survey-section-1");
                }
                if (section == 2) {
                    // leave and come back with the same link: the answers so far and the place are kept
                    String link = employee.driver().getCurrentUrl();
                    employee.driver().findElement(By.id("answerForm:save")).click();
                    waitForAjax(employee);
                    employee.driver().get(link);
                    employee.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sectionCounter")));
                    assertThat(employee.text(By.id("answerForm:progressLabel")))
                            .isEqualTo("10 of 20 questions answered");
                    assertThat(employee.text(By.id("sectionCounter"))).isEqualTo("Section 2 of 4");
                }
                if (section < 4) {
                    employee.driver().findElement(By.id("answerForm:next")).click();
                    int next = section + 1;
                    employee.waiting()
                            .until(ExpectedConditions.textToBe(By.id("sectionCounter"), "Section " + next + " of 4"));
                }
            }
            assertThat(employee.text(By.id("answerForm:progressLabel"))).isEqualTo("20 of 20 questions answered");
            employee.driver().findElement(By.id("answerForm:comment")).sendKeys("Good start.");
            employee.driver().findElement(By.id("answerForm:submit")).click();
            employee.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("thanks")));
            employee.screenshot("survey-thanks");
        }
        List<String> others = emails.subList(1, 5);
        for (int i = 0; i < 3; i++) {
            assertThat(SurveyIT.answer(tokens.get(others.get(i)), SurveyIT.answersMap(3 + i % 2, null), null)
                            .status())
                    .isEqualTo(204);
        }
        try (Browser hr = Browser.open(env)) {
            hr.signIn(DemoUser.byRole("hr-analyst")).go("climate/results.xhtml?round=" + round);
            hr.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("orgHidden")));
            assertThat(hr.has(By.id("heatmap"))).isFalse();
            assertThat(hr.driver().getPageSource()).doesNotContain("Insight Team " + c);
            hr.screenshot("climate-below-threshold");

            assertThat(SurveyIT.answer(tokens.get(others.get(3)), SurveyIT.answersMap(5, null), null)
                            .status())
                    .isEqualTo(204);
            hr.go("climate/results.xhtml?round=" + round);
            hr.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("heatmap")));
            assertThat(hr.text(By.id("orgN"))).isEqualTo("5");
            hr.driver()
                    .findElement(By.xpath("//table[@id='heatmap']//a[contains(., 'Insight Team " + c + "')]"))
                    .click();
            hr.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("unitName"), "Insight Team " + c));
            assertThat(hr.text(By.id("unitName"))).contains("n = 5");
            hr.screenshot("climate-unit");
        }
    }

    @Test
    @Order(9)
    void hrPlansARoundInTheWizardAndLaunchesIt() {
        SurveyIT.env = env;
        SurveyIT.mail = TestEnvironment.mail();
        String c = "R" + System.nanoTime() % 1_000_000;
        assertThat(SurveyIT.postCsv(
                                "api/v1/org/import/units?commit=true",
                                "code,name,kind,parent_code\n" + c + ",Wizard Co " + c + ",company,\n")
                        .status())
                .isEqualTo(200);
        assertThat(SurveyIT.postCsv(
                                "api/v1/org/import/employees?commit=true",
                                "external_id,email,display_name,unit_code\n" + c + "-1,a." + c + "@it.example,A," + c
                                        + "\n" + c + "-2,b." + c + "@it.example,B," + c + "\n")
                        .status())
                .isEqualTo(200);
        try (Browser hr = Browser.open(env)) {
            hr.signIn(DemoUser.byRole("hr-analyst")).go("hr/rounds.xhtml");
            hr.driver().findElement(By.id("roundsForm:newRound")).click();
            hr.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("roundDialogForm:name")));
            hr.driver().findElement(By.id("roundDialogForm:name")).sendKeys("Wizard round " + c);
            hr.driver()
                    .findElement(By.cssSelector("#roundDialogForm\\:wizard .ui-wizard-nav-next"))
                    .click();
            hr.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("roundDialogForm:units")));
            for (org.openqa.selenium.WebElement box :
                    hr.all(By.cssSelector("#roundDialogForm\\:units .ui-chkbox-box.ui-state-active"))) {
                box.click();
            }
            hr.driver()
                    .findElement(
                            By.xpath("//*[@id='roundDialogForm:units']//label[contains(., 'Wizard Co " + c + "')]"))
                    .click();
            hr.screenshot("round-wizard-units");
            hr.driver()
                    .findElement(By.cssSelector("#roundDialogForm\\:wizard .ui-wizard-nav-next"))
                    .click();
            hr.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("roundDialogForm:saveRound")));
            hr.screenshot("round-wizard-schedule");
            hr.driver().findElement(By.id("roundDialogForm:saveRound")).click();
            hr.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("roundTitle"), "Wizard round " + c));
            hr.driver().findElement(By.id("roundsForm:launch")).click();
            hr.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirmdialog-yes")));
            hr.driver().findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
            hr.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("rates")));
            assertThat(hr.text(By.id("rates"))).contains("Wizard Co " + c);
            assertThat(hr.text(By.id("roundsForm:rounds"))).contains("0 / 2");
            hr.screenshot("round-launched");
        }
    }

    @Test
    @Order(10)
    void anInnovationManagerRunsTheModelOnTheExampleAndDownloadsThePdf() throws Exception {
        java.nio.file.Path data = java.nio.file.Path.of("..", "docs", "examples", "data.csv")
                .toAbsolutePath()
                .normalize();
        long runId;
        try (Browser browser = Browser.open(env)) {
            browser.signIn(DemoUser.byRole("innovation-manager")).go("insights/evidence.xhtml");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("evidenceForm:upload")));
            browser.driver()
                    .findElement(By.cssSelector("#evidenceForm input[type='file']"))
                    .sendKeys(data.toString());
            browser.driver().findElement(By.id("evidenceForm:upload")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("previewColumns")));
            assertThat(browser.text(By.id("fileSummary"))).contains("data.csv").contains("200 rows");
            browser.screenshot("evidence-preview");

            // the model's constructs are suggested from the column names; check engagement and reverse-key CE3
            assertThat(browser.text(
                            By.cssSelector("[id='mappingForm:constructs:0:items'] .ui-selectcheckboxmenu-label")))
                    .contains("CE1")
                    .contains("CE3");
            assertThat(browser.text(
                            By.cssSelector("[id='mappingForm:constructs:2:items'] .ui-selectcheckboxmenu-label")))
                    .contains("IC4");
            browser.driver()
                    .findElement(
                            By.xpath("//*[@id='mappingForm:constructs:0:reverse']//*[label[normalize-space()='CE3']]"
                                    + "//div[contains(@class,'ui-chkbox-box')]"))
                    .click();
            org.openqa.selenium.WebElement resamples = browser.driver().findElement(By.id("mappingForm:resamples"));
            resamples.clear();
            resamples.sendKeys("1000");
            browser.screenshot("evidence-mapping");
            browser.driver().findElement(By.id("mappingForm:run")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("step-run")));
            browser.waiting()
                    .withTimeout(Duration.ofSeconds(180))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
            waitForAjax(browser);

            assertThat(browser.text(By.id("runForm:status"))).isEqualTo("Done");
            assertThat(browser.text(By.id("table-model7-conditional")))
                    .contains("Table ")
                    .contains("Index of moderated mediation");
            assertThat(browser.text(By.cssSelector("#table-model7-conditional .reading")))
                    .contains("index of moderated mediation");
            assertThat(browser.text(By.cssSelector("#table-model4 .reading"))).contains("indirect effect of");
            assertThat(browser.has(By.cssSelector("#simple-slopes-chart svg polyline")))
                    .isTrue();
            runId = Long.parseLong(browser.driver().findElement(By.id("runId")).getAttribute("data-run"));
            browser.screenshot("evidence-results");
        }

        String token = KeycloakTokens.accessToken(env, DemoUser.byRole("innovation-manager"));
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<byte[]> pdf = http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                env.applicationUrl() + "api/v1/evidence/runs/" + runId + "/report.pdf"))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/pdf"));
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        java.net.http.HttpResponse<String> json = http.send(
                java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create(env.applicationUrl() + "api/v1/evidence/runs/" + runId + "/report"))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"key\":\"model7-conditional\"");
    }

    @Test
    @Order(11)
    void hrCopiesAnInstrumentInTheBuilderAndSavesItUnderANewKey() {
        String key = "team-climate-" + System.nanoTime() % 1_000_000;
        try (Browser hr = Browser.open(env)) {
            hr.signIn(DemoUser.byRole("hr-analyst")).go("hr/instruments.xhtml");
            hr.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("libForm:library")));
            hr.driver()
                    .findElement(By.xpath("//tr[.//span[contains(., 'innovation-climate v')]]//a"))
                    .click();
            waitForAjax(hr);
            hr.waiting().until(ExpectedConditions.elementToBeClickable(By.id("libForm:copyInstrument")));
            hr.driver().findElement(By.id("libForm:copyInstrument")).click();
            waitForAjax(hr);
            hr.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("builderForm:key")));
            org.openqa.selenium.WebElement keyField = hr.driver().findElement(By.id("builderForm:key"));
            keyField.clear();
            keyField.sendKeys(key);
            org.openqa.selenium.WebElement name = hr.driver().findElement(By.id("builderForm:nameEn"));
            name.clear();
            name.sendKeys("Team climate (short)");
            assertThat(hr.all(By.cssSelector("#builderForm .builder-factor"))).hasSize(4);
            hr.screenshot("instrument-builder");
            hr.driver().findElement(By.id("builderForm:saveInstrument")).click();
            hr.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("libForm:libMessages"), "Saved " + key + " v1"));
            assertThat(hr.text(By.id("libForm:library"))).contains(key + " v1").contains("Team climate (short)");
        }
    }

    @Test
    @Order(50)
    void anInnovationManagerImportsStakeholdersOpensAProfileAndSavesAShortlist() throws Exception {
        String c = "S" + System.currentTimeMillis() % 100_000_000;
        String segment = "Browser panel " + c;
        StringBuilder rows = new StringBuilder(
                "external_id,kind,display_name,email,segment,region,consent_contact,consent_analysis,tags\n");
        for (int i = 1; i <= 5; i++) {
            rows.append(c + "-" + i + ",customer,Panelist " + i + " " + c + ",p" + i + "." + c.toLowerCase()
                    + "@it.example," + segment + ",East,yes,yes,browser test\n");
        }
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("stakeholders", ".csv");
        java.nio.file.Files.writeString(csv, rows.toString());
        try (Browser browser = Browser.open(env)) {
            browser.signIn(DemoUser.byRole("innovation-manager")).go("engagement/import.xhtml");

            // 1. upload and preview: five new stakeholders, no problems
            browser.waiting()
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.id("importTabs:stakeholderUpload:upload-stakeholders")));
            browser.driver()
                    .findElement(By.cssSelector("#importTabs\\:stakeholderUpload input[type='file']"))
                    .sendKeys(csv.toAbsolutePath().toString());
            browser.driver()
                    .findElement(By.id("importTabs:stakeholderUpload:upload-stakeholders"))
                    .click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("preview-summary")));
            assertThat(browser.text(By.id("preview-rows"))).isEqualTo("5");
            assertThat(browser.text(By.id("preview-new"))).isEqualTo("5");
            assertThat(browser.text(By.id("preview-problems"))).isEqualTo("0");
            browser.screenshot("engagement-import-preview");

            // 2. import in the background with a progress bar, then the outcome
            browser.driver()
                    .findElement(By.id("importTabs:stakeholderImport:commit-import"))
                    .click();
            browser.waiting()
                    .withTimeout(Duration.ofSeconds(90))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("import-summary")));
            assertThat(browser.text(By.id("import-summary"))).contains("5 new");
            browser.screenshot("engagement-import-done");

            // 3. the list filtered by one external id, then its profile
            browser.go("engagement/stakeholders.xhtml");
            browser.waiting()
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("listForm:stakeholder-filter-text")));
            browser.driver()
                    .findElement(By.id("listForm:stakeholder-filter-text"))
                    .sendKeys(c + "-3");
            browser.driver()
                    .findElement(By.id("listForm:stakeholder-filter-apply"))
                    .click();
            browser.waiting()
                    .until(ExpectedConditions.textToBe(By.id("listForm:stakeholders:row-count"), "1 stakeholder"));
            assertThat(browser.text(By.id("listForm:stakeholders"))).contains("Panelist 3 " + c);
            browser.screenshot("engagement-list-filtered");
            browser.driver().findElement(By.linkText("Panelist 3 " + c)).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("profile-name")));
            assertThat(browser.text(By.id("profile-name"))).contains("Panelist 3 " + c);
            assertThat(browser.text(By.id("profile-segment"))).isEqualTo(segment);
            assertThat(browser.has(By.cssSelector("#radar-chart svg"))).isTrue();
            browser.screenshot("engagement-profile");

            // 4. identification narrowed to the new segment (no scores yet: nothing is excluded by
            //    the default minimums of 0, and all five agreed to be contacted), then a shortlist
            browser.go("engagement/identification.xhtml?segment="
                    + java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8));
            browser.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("resultsForm:ranked"), "Panelist 1 " + c));
            assertThat(browser.has(By.cssSelector("#quadrant-chart svg"))).isTrue();
            org.openqa.selenium.WebElement firstRow =
                    browser.driver().findElement(By.cssSelector("[id='resultsForm:ranked_data'] > tr"));
            firstRow.findElement(By.cssSelector(".ui-chkbox-box")).click();
            browser.waiting()
                    .until(ExpectedConditions.attributeContains(
                            By.cssSelector("[id='resultsForm:ranked_data'] > tr"), "class", "ui-state-highlight"));
            browser.driver().findElement(By.id("resultsForm:open-shortlist")).click();
            browser.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("shortlistForm:shortlist-name")));
            org.openqa.selenium.WebElement name = browser.driver().findElement(By.id("shortlistForm:shortlist-name"));
            name.clear();
            name.sendKeys("Browser shortlist " + c);
            browser.driver()
                    .findElement(By.id("shortlistForm:shortlist-campaign"))
                    .sendKeys("Kitchen sprint " + c);
            browser.screenshot("engagement-shortlist-dialog");
            browser.driver().findElement(By.id("shortlistForm:save-shortlist")).click();
            browser.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("shortlistsForm:shortlists"), "Browser shortlist " + c));
            assertThat(browser.text(By.id("shortlistsForm:shortlists"))).contains("Kitchen sprint " + c);
            browser.screenshot("engagement-shortlist-saved");
        } finally {
            java.nio.file.Files.deleteIfExists(csv);
        }
    }

    private static void waitForAjax(Browser b) {
        b.waiting().until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();"));
    }

    @Test
    @Order(20)
    void customersSeeTheirOwnProfileAnswerTheExperienceQuestionsAndExecutivesSeeOnlyAggregates() {
        try (Browser customer = Browser.open(env)) {
            customer.signIn(DemoUser.byRole("customer")).go("my/profile.xhtml");
            assertThat(Integer.parseInt(customer.text(By.id("myActivities"))))
                    .as("signing in counts as a visit")
                    .isGreaterThanOrEqualTo(1);
            assertThat(customer.has(By.cssSelector("#myTrend canvas, #myTrend")))
                    .isTrue();
            assertThat(customer.has(By.id("privacyForm:downloadMyData"))).isTrue();
            customer.screenshot("my-profile");
        }

        String s = EngagementIT.suffix();
        long id = EngagementIT.stakeholders(s, 1, "Browser-" + s).get(0);
        String link = EngagementIT.postJson(
                        "api/v1/stakeholders/" + id + "/experience-requests",
                        "innovation-manager",
                        "{\"context\":\"Recipe app test " + s + "\"}")
                .json()
                .getString("link");
        try (Browser guest = Browser.open(env)) {
            guest.driver().get(link.replaceFirst("^https?://[^/]+/[^/]+/", env.applicationUrl()));
            assertThat(guest.text(By.id("experienceContext"))).contains("Recipe app test " + s);
            guest.screenshot("experience-questions");
            guest.driver().findElement(By.id("experienceForm:submitExperience")).click();
            waitForAjax(guest);
            assertThat(guest.text(By.id("experienceForm:messages"))).contains("Please answer question 1");
            List<org.openqa.selenium.WebElement> items = guest.all(By.cssSelector("fieldset.survey-item"));
            assertThat(items).hasSize(12);
            for (org.openqa.selenium.WebElement item : items) {
                item.findElements(By.cssSelector(".ui-radiobutton-box")).get(5).click();
            }
            guest.driver().findElement(By.id("experienceForm:submitExperience")).click();
            guest.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("experienceDone")));
        }

        EngagementIT.postJson("api/v1/engagement/runs", "innovation-manager", "{}");
        try (Browser exec = Browser.open(env)) {
            exec.signIn(DemoUser.byRole("executive")).go("engagement/overview.xhtml");
            assertThat(exec.text(By.id("overviewSegments"))).contains("Browser-" + s);
            assertThat(exec.has(By.id("overviewCount"))).isTrue();
            exec.screenshot("engagement-overview");
            exec.go("engagement/stakeholders.xhtml");
            assertThat(exec.text(By.tagName("body"))).doesNotContain("Customer 1 " + s);
        }
    }

    @Test
    @Order(60)
    void aCustomersIdeaIsDiscussedVotedAndPassesAGateAndTheCustomerSeesTheDecision() {
        String code = CocreationIT.campaign(10);
        String title = "Whisper mode for the night " + CocreationIT.suffix();
        String url;
        try (Browser customer = Browser.open(env)) {
            customer.signIn(DemoUser.byRole("customer")).go("cocreation/campaign.xhtml?code=" + code);
            assertThat(customer.text(By.id("campaignTitle"))).startsWith("Quieter homes");
            customer.driver().findElement(By.id("submitIdeaButton")).click();
            customer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("submitForm:ideaTitle")));
            customer.driver().findElement(By.id("submitForm:ideaTitle")).sendKeys(title);
            customer.driver()
                    .findElement(By.cssSelector("[id='submitForm:ideaDescription'] .ql-editor"))
                    .sendKeys("At night the fridge should hum so quietly that nobody in the flat hears it.");
            customer.driver()
                    .findElements(By.cssSelector("[id='submitForm:ideaOrientation'] .ui-radiobutton-box"))
                    .get(1)
                    .click();
            customer.screenshot("idea-submit");
            customer.driver().findElement(By.id("submitForm:submitIdea")).click();
            customer.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("ideaTitle")));
            assertThat(customer.text(By.id("ideaTitle"))).isEqualTo(title);
            assertThat(customer.text(By.id("ideaStage"))).isEqualTo("Requirement identification");
            url = customer.driver().getCurrentUrl();
        }
        String id = url.replaceAll(".*[?&]id=(\\d+).*", "$1");
        try (Browser employee = Browser.open(env)) {
            employee.signIn(DemoUser.byRole("employee")).go("cocreation/idea.xhtml?id=" + id);
            employee.driver()
                    .findElement(By.id("ideaForm:commentText"))
                    .sendKeys("We could reuse the quiet compressor of the X5.");
            employee.driver().findElement(By.id("ideaForm:postComment")).click();
            employee.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("discussion"), "quiet compressor"));
            employee.driver().findElement(By.id("ideaForm:voteButton")).click();
            employee.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("ideaForm:voteButton"), "1"));
            employee.screenshot("idea-page");
        }
        String rationale = "Customers in two workshops asked for this; interpret the noise limits next.";
        try (Browser manager = Browser.open(env)) {
            manager.signIn(DemoUser.byRole("innovation-manager")).go("cocreation/pipeline.xhtml?campaign=" + code);
            manager.driver()
                    .findElement(By.cssSelector("#card-" + id + " .co-next"))
                    .click();
            manager.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("gateForm:gateRationale")));
            assertThat(manager.text(By.id("gateIdea"))).isEqualTo(title);
            manager.driver().findElement(By.id("gateForm:gateRationale")).sendKeys(rationale);
            manager.screenshot("gate-dialog");
            manager.driver().findElement(By.id("gateForm:gateConfirm")).click();
            manager.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("pipelineForm:pipelineMessages"), "recorded"));
            manager.screenshot("pipeline");
        }
        try (Browser customer = Browser.open(env)) {
            customer.signIn(DemoUser.byRole("customer")).go("cocreation/idea.xhtml?id=" + id);
            assertThat(customer.text(By.id("ideaStage"))).isEqualTo("Interpretation");
            assertThat(customer.text(By.id("ideaHistory"))).contains("Go", rationale);
            customer.go("cocreation/mine.xhtml");
            assertThat(customer.text(By.id("notifications"))).contains(rationale);
            assertThat(Integer.parseInt(customer.text(By.id("myPoints")))).isGreaterThanOrEqualTo(30);
            customer.screenshot("my-cocreation");
        }
    }

    @Test
    @Order(99)
    void whenKeycloakIsDownSignInIsUnavailableNotAnError() {
        env.keycloak().close();
        try (Browser browser = Browser.open(env)) {
            browser.go("");
            browser.waiting()
                    .withTimeout(Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("signin-unavailable")));
            assertThat(browser.text(By.id("signin-unavailable"))).contains("Sign-in is unavailable");
            browser.screenshot("signin-unavailable");
        } finally {
            env.keycloak().start(env.keycloakAdminPassword());
            env.awaitKeycloak();
        }
        try (Browser browser = Browser.open(env)) {
            browser.signIn(DemoUser.byRole("customer"));
            assertThat(browser.text(By.id("greeting"))).startsWith("Welcome");
        }
    }
}

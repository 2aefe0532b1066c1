package vn.egov.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Starts the real deployable (embedded PostgreSQL, Payara Micro, the platform WAR, demo data)
 * the way the run command does, and drives it in headless Chromium at phone width.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformEndToEndIT {
    private static Platform platform;
    private static WebDriver browser;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        LaunchSettings settings = LaunchSettings.fromEnvironment();
        MicroServer.deleteRecursively(settings.home());
        platform = Platform.start(settings);
        base = platform.url();
        assertTrue(base.startsWith("http://127.0.0.1:"), base);
        browser = chromium();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (platform != null) {
            platform.close();
        }
    }

    static WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(
                onPath("chromium", "chromium-browser", "google-chrome").toString());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(onPath("chromedriver").toFile())
                .usingAnyFreePort()
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** The first of the programs named that is on the PATH (the browser and its driver are found as a shell would). */
    static Path onPath(String... names) {
        for (String name : names) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("none of " + String.join(", ", names)
                + " is on the PATH (apt-get install -y chromium chromium-driver)");
    }

    @ParameterizedTest(name = "{0} lands on {2}")
    @CsvSource({
        "congdan, DichVuCong@2026, /me/, me-name",
        "canbo, XuLyHoSo@2026, /office/, office-title",
        "lanhdao, PheDuyet@2026, /office/, office-title",
        "quantri, HeThong@2026, /admin/, admin-title",
    })
    @Order(1)
    void eachDemoRoleLogsInToItsHome(String user, String password, String home, String headingId) {
        login(user, password);
        String path = URI.create(browser.getCurrentUrl()).getPath();
        assertTrue(path.equals(home) || path.equals(home + "index.xhtml"), user + " landed on " + path);
        assertTrue(browser.findElement(By.id(headingId)).isDisplayed());
        assertNoSeriousAccessibilityViolations(user + " home");
        logout();
    }

    @Test
    @Order(2)
    void anOfficerSeesOnlyHisOwnAgencies() {
        login("canbo", "XuLyHoSo@2026");
        String agencies = browser.findElement(By.id("agencies")).getText();
        assertTrue(
                agencies.contains("Trung tâm Phục vụ hành chính công") && agencies.contains("Sở Xây dựng"), agencies);
        assertTrue(!agencies.contains("Sở Nội vụ") && !agencies.contains("Sở Tài chính"), agencies);
        browser.get(base + "admin/");
        assertTrue(browser.findElement(By.id("error-text")).isDisplayed(), "officers are refused in /admin");
        logout();
    }

    @Test
    @Order(3)
    void everyAdminScreenOpens() {
        login("quantri", "HeThong@2026");
        for (String page : List.of(
                "organisation",
                "accounts",
                "modules",
                "settings",
                "audit",
                "feedback/categories",
                "payments/series",
                "payments/fees",
                "signing/credentials")) {
            browser.get(base + "admin/" + page + ".xhtml");
            assertTrue(browser.findElements(By.id("error-text")).isEmpty(), page + " shows an error page");
            assertNoSeriousAccessibilityViolations("/admin/" + page);
        }
        // the platform runs on the loopback address: certificates would name it for life, and the screen says so
        String warning = browser.findElement(By.id("addressWarning")).getText();
        assertTrue(warning.contains("chỉ truy cập được từ máy này") && warning.contains("127.0.0.1"), warning);
        browser.get(base + "admin/organisation.xhtml");
        browser.findElement(By.xpath(
                        "//span[contains(@class,'ui-treenode-label')][contains(., 'Sở Khoa học và Công nghệ')]"))
                .click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("org:renameTo")))
                .sendKeys("Sở Khoa học, Công nghệ và Chuyển đổi số");
        var effective = browser.findElement(By.id("org:effective_input"));
        effective.clear();
        effective.sendKeys("31/02/2027"); // typing does not open the calendar pop-up (only its button does)
        browser.findElement(By.id("org:rename")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("org"), "Ngày không hợp lệ"));
        effective = browser.findElement(By.id("org:effective_input"));
        effective.clear();
        effective.sendKeys("01/12/2026");
        browser.findElement(By.id("org:rename")).click();
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"), "Đã lưu"));
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("the rename was not saved; the page says: "
                    + browser.findElement(By.tagName("main")).getText());
        }
        browser.findElement(By.xpath("//span[contains(@class,'ui-treenode-label')][contains(., 'Chuyển đổi số')]"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("org"), "Sở Khoa học và Công nghệ (01/01/1997 – 30/11/2026)"));

        browser.get(base + "admin/accounts.xhtml");
        String accounts = browser.findElement(By.tagName("main")).getText();
        assertTrue(accounts.contains("Phạm Thị Dung") && accounts.contains("congdan"), accounts);
        logout();
    }

    @Test
    @Order(4)
    void publicPagesAreAccessibleAtPhoneWidth() {
        for (String page : List.of(
                "",
                "login.xhtml",
                "register.xhtml",
                "feedback/index.xhtml",
                "feedback/submit.xhtml",
                "feedback/track.xhtml",
                "verify/index.xhtml",
                "procedures/index.xhtml?q=khai+sinh",
                "procedures/procedure.xhtml?code=1.009972",
                "procedures/lookup.xhtml",
                "indices/index.xhtml")) {
            browser.get(base + page);
            assertNoSeriousAccessibilityViolations("/" + page);
            Object scrollWidth = ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollWidth");
            assertTrue(((Number) scrollWidth).intValue() <= 390, "/" + page + " is wider than a phone: " + scrollWidth);
        }
    }

    @Test
    @Order(5)
    void failedLoginSaysTheSameForUnknownAccountsAndWrongPasswords() {
        login("khongtontai", "Sai@Mat-Khau1");
        String unknown = browser.findElement(By.id("globalMessages")).getText();
        login("congdan", "Sai@Mat-Khau1");
        String wrong = browser.findElement(By.id("globalMessages")).getText();
        assertTrue(unknown.contains("không đúng"), unknown);
        assertEquals(unknown, wrong);
        assertTrue(browser.getCurrentUrl().contains("login"));
    }

    @Test
    @Order(6)
    void citizensAreRefusedInTheOfficeAndAdminConsole() throws Exception {
        login("congdan", "DichVuCong@2026");
        for (String page : List.of("office/", "admin/")) {
            browser.get(base + page);
            assertTrue(browser.findElement(By.id("error-text")).getText().contains("không có quyền"), page);
            assertTrue(!browser.getPageSource().contains("Exception"), "no stack trace on " + page);
        }
        aForeignPageCannotUseTheCitizensSessionForTheApi(
                browser.manage().getCookieNamed("JSESSIONID").getValue());
        logout();
    }

    /**
     * The page session reaches the API, but a change made with it alone must come from the
     * platform's own pages: a cross-site form or script (Origin elsewhere, Sec-Fetch-Site
     * cross-site, or no proof at all) is refused, reading stays possible.
     */
    private void aForeignPageCannotUseTheCitizensSessionForTheApi(String session) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String report =
                "{\"category\":\"KHAC\",\"title\":\"Gửi hộ\",\"description\":\"Trang lạ gửi phản ánh thay công dân.\"}";
        java.util.function.Function<String[], HttpResponse<String>> send = headers -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/v1/feedback/reports"))
                    .header("Cookie", "JSESSIONID=" + session)
                    .header("Content-Type", "text/plain");
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            try {
                return http.send(
                        request.POST(HttpRequest.BodyPublishers.ofString(report))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        for (String[] foreign : List.of(
                new String[] {"Origin", "http://trang-la.example"},
                new String[] {"Sec-Fetch-Site", "cross-site"},
                new String[] {"Sec-Fetch-Site", "same-site", "Origin", base.replaceAll("/$", "")},
                new String[0])) {
            HttpResponse<String> refused = send.apply(foreign);
            assertEquals(403, refused.statusCode(), String.join(" ", foreign) + ": " + refused.body());
            assertTrue(refused.body().contains("\"cross_site_request\""), refused.body());
        }
        HttpResponse<String> own = send.apply(new String[] {"Origin", base.replaceAll("/$", "")});
        assertEquals(
                415,
                own.statusCode(),
                "from the platform's own origin the session is taken (and the text body refused): " + own.body());
        HttpResponse<String> mine = http.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/feedback/reports/mine"))
                        .header("Cookie", "JSESSIONID=" + session)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, mine.statusCode(), "reading with the session stays possible");
    }

    @Test
    @Order(7)
    void registrationShowsFieldLevelMessagesAndSavesNothingOnBadInput() {
        browser.get(base + "register.xhtml");
        type("register:username", "congdan");
        type("register:fullName", "Nguyễn Thị Hoa");
        type("register:cccd", "12345");
        type("register:password", "yeu");
        type("register:passwordConfirmation", "khac");
        clickAndWait("register:submit");
        String page = browser.getPageSource();
        assertTrue(page.contains("12 chữ số"), "CCCD message");
        assertTrue(page.contains("ít nhất 8 ký tự"), "weak password message");
        assertTrue(page.contains("không khớp"), "confirmation message");

        browser.get(base + "register.xhtml");
        type("register:username", "hoa.nguyen");
        type("register:fullName", "Nguyễn Thị Hoa");
        type("register:cccd", "027095001234");
        type("register:password", "Hoa#Bac-Ninh26");
        type("register:passwordConfirmation", "Hoa#Bac-Ninh26");
        clickAndWait("register:submit");
        assertTrue(
                browser.getPageSource().contains("Đăng ký thành công"),
                "a CCCD that already has an account gets the same answer as a free one: nobody learns who has an account");
    }

    @Test
    @Order(8)
    void aCitizenRegistersAndSignsIn() {
        browser.get(base + "register.xhtml");
        type("register:username", "tran.minh");
        type("register:fullName", "Trần Văn Minh");
        type("register:cccd", "027200004321");
        type("register:email", "minh@example.vn");
        type("register:password", "Minh#Kinh-Bac26");
        type("register:passwordConfirmation", "Minh#Kinh-Bac26");
        clickAndWait("register:submit");
        assertTrue(browser.getPageSource().contains("Đăng ký thành công"), browser.getPageSource());
        login("tran.minh", "Minh#Kinh-Bac26");
        assertTrue(browser.findElement(By.id("me-name")).getText().contains("Trần Văn Minh"));
        logout();

        // at the one-stop desk an officer checks the card: the impostor's CCCD is already someone's, the new citizen's
        // is his
        login("canbo", "XuLyHoSo@2026");
        browser.get(base + "office/identity.xhtml");
        assertNoSeriousAccessibilityViolations("/office/identity.xhtml");
        for (String[] expected : List.of(
                new String[] {"hoa.nguyen", "đã được xác minh cho một tài khoản khác"},
                new String[] {"tran.minh", "Đã xác minh danh tính"})) {
            type("identity:query", expected[0]);
            clickAndWait("identity:find");
            assertTrue(browser.findElement(By.id("accounts:found")).getText().contains("Chưa xác minh"));
            browser.findElement(By.cssSelector("#accounts\\:cardChecked .ui-chkbox-box"))
                    .click();
            clickAndWait("accounts:found:0:verify");
            assertTrue(
                    browser.findElement(By.tagName("main")).getText().contains(expected[1]),
                    browser.findElement(By.tagName("main")).getText());
        }
        assertTrue(browser.findElement(By.id("accounts:found")).getText().contains("Đã xác minh bởi canbo"));
        logout();
    }

    @Test
    @Order(9)
    void englishSwitchAndUnknownLocale() {
        browser.get(base + "?lang=en");
        try {
            // twice in CI the page had no heading yet when it was read: wait for it, and say what was there if it never
            // comes
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no heading on " + browser.getCurrentUrl() + ":\n" + browser.getPageSource(), e);
        }
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Online public services"));
        browser.get(base + "login.xhtml");
        type("login:username", "congdan");
        type("login:password", "DichVuCong@2026");
        clickAndWait("login:submit");
        browser.get(base);
        assertTrue(browser.findElement(By.id("shellForm:logout")).isDisplayed());
        assertTrue(
                browser.findElement(By.tagName("h1")).getText().contains("Online public services"),
                "the choice outlives signing in");
        logout();
        browser.get(base);
        assertTrue(
                browser.findElement(By.tagName("h1")).getText().contains("Online public services"), "and signing out");
        browser.get(base + "?lang=xx");
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Dịch vụ công trực tuyến"));
        assertTrue(browser.getPageSource().contains("không được hỗ trợ"));
    }

    @Test
    @Order(10)
    void restApiHealthMetricsAndOpenApiAnswer() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> bad = http.send(
                post("api/v1/auth/token", "{\"username\":\"canbo\",\"password\":\"sai\"}"),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, bad.statusCode());
        assertTrue(bad.body().contains("invalid_grant"), bad.body());
        HttpResponse<String> token = http.send(
                post("api/v1/auth/token", "{\"username\":\"canbo\",\"password\":\"XuLyHoSo@2026\"}"),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, token.statusCode(), token.body());
        String accessToken = token.body().replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        HttpResponse<String> me = http.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/me"))
                        .header("Authorization", "Bearer " + accessToken)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("OFFICER") && me.body().contains("Trung tâm Phục vụ hành chính công"), me.body());
        assertEquals(401, get(http, "api/v1/me").statusCode());
        HttpResponse<String> expired = http.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/me"))
                        .header("Authorization", "Bearer " + accessToken + "x")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, expired.statusCode());
        assertTrue(
                expired.body().startsWith("{\"error\":\"invalid_token\""),
                "an unknown token answers the API's JSON: " + expired.body());
        assertTrue(expired.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(expired.headers().firstValue("Server").isEmpty(), "no Server header names the software");

        byte[] pdf =
                ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        HttpResponse<String> stored =
                http.send(upload("don.pdf", pdf, accessToken), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, stored.statusCode(), stored.body());
        assertTrue(stored.body().contains("application/pdf"), stored.body());
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
        HttpResponse<String> refused =
                http.send(upload("hoa-don.pdf", program, accessToken), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(
                refused.body().contains("\"file\"") && refused.body().contains("không được chấp nhận"), refused.body());
        HttpResponse<String> oversize = http.send(
                upload("lon.pdf", new byte[11 * 1024 * 1024], accessToken), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, oversize.statusCode());
        assertTrue(oversize.body().contains("lớn hơn"), oversize.body());
        assertEquals(
                401,
                http.send(upload("don.pdf", pdf, null), HttpResponse.BodyHandlers.ofString())
                        .statusCode());
        HttpResponse<String> units = get(http, "api/v1/org-units");
        assertTrue(units.body().contains("Tỉnh Bắc Ninh"), units.body());
        assertEquals(404, get(http, "api/v1/org-units/999999").statusCode());
        String openApi = get(http, "openapi").body();
        for (String operation : List.of(
                "/api/v1/auth/token:",
                "/api/v1/feedback/reports/{code}/rating:",
                "/api/v1/attachments:",
                "/api/v1/signing/csc/v2/signatures/signHash:",
                "/api/v1/open311/v2/requests.")) {
            assertTrue(openApi.contains(operation), "the OpenAPI document lists " + operation);
        }
        HttpResponse<String> forged = http.send(
                HttpRequest.newBuilder(URI.create(base + "feedback/track.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "lookup=lookup&lookup%3Acode=PA-2&lookup%3Afind=&jakarta.faces.ViewState=gia-mao"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(
                400,
                forged.statusCode(),
                "a forged or expired page state is the visitor's to retry, not a server error");
        assertTrue(forged.body().contains("Trang đã hết hạn"), forged.body());
        assertTrue(get(http, "health/ready").body().contains("\"database\""));
        assertEquals(200, get(http, "metrics").statusCode());
    }

    @Test
    @Order(11)
    void aCitizenReportIsScreenedAssignedAnsweredApprovedAndRated() throws Exception {
        // the map needs a tile server; one on 127.0.0.1 keeps the test's traffic local
        login("quantri", "HeThong@2026");
        browser.get(base + "admin/settings.xhtml");
        type(
                browser.findElement(
                        By.xpath("//div[@class='field'][span[contains(., 'feedback.map.tileUrl')]]//input")),
                base + "webjars/leaflet/1.9.4/dist/images/layers.png?tile={z}-{x}-{y}");
        clickAndWait("settings:save");

        browser.manage().deleteAllCookies();
        browser.get(base + "feedback/submit.xhtml");
        assertNoSeriousAccessibilityViolations("/feedback/submit.xhtml with the map");
        browser.findElement(By.id("map")).click();
        String latitude = browser.findElement(By.id("report:latitude")).getAttribute("value");
        assertTrue(
                latitude.matches("21\\.1\\d{5}"),
                "a tap on the map near the province's centre fills the position: " + latitude);
        assertEquals(
                1,
                browser.findElements(By.cssSelector("#map .leaflet-marker-icon"))
                        .size(),
                "and marks it");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.getElementById('report:category').value = 'GIAO_THONG'");
        type("report:title", "Ổ gà lớn trên đường Lý Thái Tổ");
        type(
                "report:description",
                "Đoạn đường trước số 25 Lý Thái Tổ có ổ gà sâu, xe máy đi qua rất nguy hiểm vào buổi tối.");
        type("report:address", "25 Lý Thái Tổ");
        Path photo = Files.createTempFile("o-ga", ".png");
        Files.write(
                photo,
                java.util.Base64.getDecoder()
                        .decode(
                                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="));
        browser.findElement(By.id("report:photos")).sendKeys(photo.toString());
        type("report:contactName", "Nguyễn Thị Hoa");
        type("report:contactEmail", "hoa@example.vn");
        assertFalse(
                browser.findElement(By.id("report:consent_input")).isSelected(),
                "consent to publish is never ticked for the citizen");
        browser.findElement(By.cssSelector("[id='report:consent'] .ui-chkbox-box"))
                .click();
        clickAndWait("report:submit");
        String code =
                browser.findElement(By.className("tracking-code")).getText().trim();
        assertTrue(code.matches("PA-[2-9A-Z]{8}"), code);
        String sendersLink = browser.getCurrentUrl();
        assertTrue(
                sendersLink.matches(".*[?&]key=[A-Za-z0-9_-]{43}.*"),
                "the sender lands on his own link: " + sendersLink);
        assertEquals("Mới tiếp nhận", browser.findElement(By.id("status")).getText());

        login("lanhdao", "PheDuyet@2026");
        browser.get(base + "office/feedback/report.xhtml?code=" + code);
        assertTrue(
                browser.findElement(By.tagName("main")).getText().contains("không thuộc cơ quan của bạn"),
                "a new report is for the screening desk only, not yet for the department, and the page says so in Vietnamese");
        assertTrue(browser.findElements(By.cssSelector(".photos img")).isEmpty());

        login("canbo", "XuLyHoSo@2026");
        browser.get(base + "office/feedback/inbox.xhtml");
        assertTrue(browser.findElement(By.id("reports")).getText().contains("Ổ gà lớn trên đường Lý Thái Tổ"));
        browser.get(base + "office/feedback/report.xhtml?code=" + code);
        assertNoSeriousAccessibilityViolations("/office/feedback/report.xhtml");
        assertEquals(
                1L,
                ((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript("return document.querySelectorAll('.photos img').length"),
                "the citizen's photo is shown to the staff");
        assertEquals(
                1,
                browser.findElements(By.cssSelector("#map .leaflet-marker-icon"))
                        .size(),
                "the place is on a map for the staff");
        assertEquals(
                Boolean.TRUE,
                new WebDriverWait(browser, Duration.ofSeconds(10))
                        .until(
                                d -> ((org.openqa.selenium.JavascriptExecutor) d)
                                        .executeScript(
                                                "var i = document.querySelector('.photos img'); return i.complete && i.naturalWidth > 0 ? true : null")),
                "and it loads");
        clickAndWait("steps:accept");
        assertEquals("Đã tiếp nhận", browser.findElement(By.id("status")).getText());
        assertTrue(
                browser.findElement(By.tagName("main")).getText().contains("Sở Xây dựng"),
                "routed to the roads agency");
        clickAndWait("steps:assign");
        clickAndWait("steps:start");
        type("steps:text", "Sở Xây dựng đã cử đội duy tu vá ổ gà trước số 25 Lý Thái Tổ ngày 26/11/2026.");
        clickAndWait("steps:draft");
        assertEquals("Chờ lãnh đạo duyệt", browser.findElement(By.id("status")).getText());
        assertTrue(browser.findElements(By.id("steps:approve")).isEmpty(), "an officer cannot approve");

        login("lanhdao", "PheDuyet@2026");
        browser.get(base + "office/feedback/report.xhtml?code=" + code);
        clickAndWait("steps:approve");
        assertEquals("Đã duyệt trả lời", browser.findElement(By.id("status")).getText());

        login("canbo", "XuLyHoSo@2026");
        browser.get(base + "office/feedback/report.xhtml?code=" + code);
        clickAndWait("steps:publish");
        assertEquals("Đã trả lời", browser.findElement(By.id("status")).getText());
        logout();

        browser.get(base + "feedback/track.xhtml?code=" + code.toLowerCase());
        assertTrue(browser.findElement(By.id("answer")).getText().contains("đã cử đội duy tu"));
        assertTrue(
                browser.findElements(By.id("citizen:satisfied")).isEmpty(),
                "the public tracking code alone cannot rate");
        assertTrue(browser.findElement(By.id("senderOnly")).isDisplayed());
        browser.get(sendersLink);
        assertNoSeriousAccessibilityViolations("/feedback/track.xhtml");
        clickAndWait("citizen:satisfied");
        assertTrue(browser.findElement(By.id("rating")).getText().contains("Hài lòng"));
        assertEquals("Đã kết thúc", browser.findElement(By.id("status")).getText());

        browser.get(base + "feedback/index.xhtml?q=o+ga+ly+thai+to");
        assertTrue(
                browser.findElement(By.id("results")).getText().contains("Ổ gà lớn trên đường Lý Thái Tổ"),
                "the public search finds the answered report without diacritics");
    }

    @Test
    @Order(12)
    void aSecondStartReusesTheData() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> sent = http.send(
                post(
                        "api/v1/feedback/reports",
                        "{\"category\":\"GIAO_THONG\","
                                + "\"title\":\"Biển báo bị che khuất\",\"description\":\"Cây xanh che khuất biển báo giao thông ở ngã tư,"
                                + " đề nghị cắt tỉa.\",\"anonymous\":true,\"consentToPublish\":false}"),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, sent.statusCode(), sent.body());
        String code = sent.body().replaceAll(".*\"trackingCode\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        browser.get(base + "api/v1/org-units");
        String before = browser.getPageSource();
        platform.close();
        platform = Platform.start(LaunchSettings.fromEnvironment());
        assertEquals(200, get(http, "api/v1/feedback/reports/" + code).statusCode(), "the report sent before is kept");
        browser.get(base + "api/v1/org-units");
        assertEquals(before, browser.getPageSource(), "demo data not loaded twice");
        login("congdan", "DichVuCong@2026");
        assertTrue(browser.findElement(By.id("me-name")).isDisplayed(), "a citizen signs in after the restart");
        logout();
    }

    private HttpRequest upload(String name, byte[] content, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/v1/attachments?name=" + name))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    private HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(13)
    void aLeaderEnrolsHisAuthenticatorWithTheCodeItShows() {
        leaderEnrolsAndSignsOnePdf();
    }

    /**
     * The leader enrols his authenticator and signs a PDF with the next code (which gives him his
     * credential); answers his seed and the last code step the platform took from him.
     */
    private long[] leaderEnrolsAndSignsOnePdf(String[] secretOut) {
        login("lanhdao", "PheDuyet@2026");
        String secret = enrolAuthenticator("office/signing/authenticator.xhtml");
        browser.get(base + "office/signing/sign.xhtml");
        assertNoSeriousAccessibilityViolations("/office/signing/sign.xhtml");
        assertTrue(
                browser.findElements(By.cssSelector("a[href*='/me/signing/']")).isEmpty(),
                "staff are not offered the citizens' signing page, which they may not open");
        java.time.Instant next = java.time.Instant.now().plusSeconds(30);
        signOnePdf(vn.egov.signing.factor.Totp.codeAt(secret, next));
        assertEquals(
                "Đã ký 1 văn bản.", browser.findElement(By.id("signedTitle")).getText());
        assertTrue(browser.findElement(By.id("results")).getText().contains("-da-ky.pdf"));
        logout();
        secretOut[0] = secret;
        return new long[] {next.getEpochSecond() / 30};
    }

    private void leaderEnrolsAndSignsOnePdf() {
        leaderEnrolsAndSignsOnePdf(new String[1]);
    }

    @Test
    @Order(14)
    void aCitizenEnrolsAndSignsWithTheStampWhereHeChoseIt() {
        login("congdan", "DichVuCong@2026");
        String secret = enrolAuthenticator("me/signing/authenticator.xhtml");
        browser.get(base + "me/signing/sign.xhtml");
        assertNoSeriousAccessibilityViolations("/me/signing/sign.xhtml");
        assertFalse(
                browser.findElements(By.cssSelector("nav a[href$='/me/signing/sign.xhtml']"))
                        .isEmpty(),
                "the citizens' menu leads to their signing page");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("sign:stampCorner")))
                .selectByValue("UPPER_LEFT");
        type("sign:stampPage", "0");
        signOnePdf("123456");
        assertTrue(
                browser.findElement(By.id("sign")).getText().contains("Số trang là một số từ 1 đến 9999"),
                "a page number out of range is refused on its field, before any code is checked");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("sign:stampCorner")))
                .selectByValue("UPPER_LEFT");
        type("sign:stampPage", "1");
        signOnePdf(vn.egov.signing.factor.Totp.codeAt(
                secret, java.time.Instant.now().plusSeconds(30)));
        assertEquals(
                "Đã ký 1 văn bản.", browser.findElement(By.id("signedTitle")).getText());
        logout();
    }

    /** Enrols the signed-in user's authenticator on the page given, refusing a wrong first code; answers the seed. */
    private String enrolAuthenticator(String page) {
        browser.get(base + page);
        assertNoSeriousAccessibilityViolations("/" + page);
        clickAndWait("start:enrol");
        assertTrue(browser.findElement(By.cssSelector(".qr svg")).isDisplayed());
        String secret = browser.findElement(By.id("secret")).getText().replace(" ", "");
        type(
                "confirm:code",
                "000000".equals(vn.egov.signing.factor.Totp.codeAt(secret, java.time.Instant.now()))
                        ? "111111"
                        : "000000");
        clickAndWait("confirm:confirmCode");
        assertTrue(browser.findElement(By.tagName("main"))
                .getText()
                .contains("Mã xác thực không đúng hoặc đã được dùng."));
        type("confirm:code", vn.egov.signing.factor.Totp.codeAt(secret, java.time.Instant.now()));
        clickAndWait("confirm:confirmCode");
        assertEquals(
                "Đã đăng ký ứng dụng xác thực",
                browser.findElement(By.id("state")).getText());
        return secret;
    }

    /** On the open signing page: a one-page PDF, a reason and the code, then the submit button. */
    private void signOnePdf(String code) {
        try {
            Path file = Files.createTempFile("ket-qua", ".pdf");
            Files.write(file, OutsideSigner.blankPdf());
            browser.findElement(By.id("sign:files")).sendKeys(file.toString());
            type("sign:reason", "Phê duyệt kết quả giải quyết hồ sơ");
            type("sign:code", code);
            clickAndWait("sign:submit");
            Files.delete(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @Order(15)
    void anOutsideClientSignsAHashThroughTheCscApiWithTheLeadersCredential() throws Exception {
        // the leader enrols and signs (again) here, so that this test needs no other
        String[] secret = new String[1];
        long spentStep = leaderEnrolsAndSignsOnePdf(secret)[0];
        new CscConformance(base).signAHashAsAnOutsideClient("lanhdao", "PheDuyet@2026", secret[0], spentStep);
    }

    private void login(String user, String password) {
        browser.manage().deleteAllCookies();
        browser.get(base + "login.xhtml");
        type("login:username", user);
        type("login:password", password);
        var submit = browser.findElement(By.id("login:submit"));
        submit.click();
        // wait until the answer page has replaced the login form
        awaitReplaced(submit);
    }

    /** On an order's payment page: pay online, choose success at the sandbox gateway, and wait for the result page. */
    private void payOnlineWithSuccess(WebDriverWait wait) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pay:online")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("success")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("paid")));
    }

    private void logout() {
        browser.get(base);
        browser.findElement(By.id("shellForm:logout")).click();
        // the logout link submits through JavaScript, so wait for the signed-out page
        assertNotEquals(
                null,
                new WebDriverWait(browser, Duration.ofSeconds(20))
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("nav-login"))));
    }

    /** Letters only Vietnamese writes (with its tone marks and đ); none may show on an English page outside lang="vi". */
    private static final java.util.regex.Pattern VIETNAMESE_LETTERS = java.util.regex.Pattern.compile(
            "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The texts a reader meets on the page in its own language: visible text, placeholders,
     * titles, labels for assistive technology, alternative texts; text inside an element marked
     * with another language (people's and places' names, what citizens wrote) is left out.
     */
    @SuppressWarnings("unchecked")
    private List<String> textsInPageLanguage() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("""
                        const pageLang = document.documentElement.lang, out = [];
                        const own = el => !el.closest('script,style,noscript,code')
                            && (!el.closest('[lang]') || el.closest('[lang]').getAttribute('lang') === pageLang);
                        const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                        while (w.nextNode()) {
                          const el = w.currentNode.parentElement, t = w.currentNode.textContent.trim();
                          if (t && el && own(el) && el.getClientRects().length) out.push(t);
                        }
                        document.querySelectorAll('[placeholder],[title],[aria-label],img[alt]').forEach(el => {
                          if (own(el)) for (const a of ['placeholder', 'title', 'aria-label', 'alt'])
                            if (el.getAttribute(a)) out.push(el.getAttribute(a));
                        });
                        return out;""");
    }

    /** Every value of the English bundles that differs from the Vietnamese one and has two words or more. */
    private static java.util.Set<String> englishTexts() throws java.io.IOException {
        java.util.Set<String> texts = new java.util.HashSet<>();
        for (String module : List.of("kernel", "feedback", "signing", "payments")) {
            java.util.Properties vi = new java.util.Properties();
            java.util.Properties en = new java.util.Properties();
            try (var v = PlatformEndToEndIT.class.getResourceAsStream("/i18n/" + module + ".properties");
                    var e = PlatformEndToEndIT.class.getResourceAsStream("/i18n/" + module + "_en.properties")) {
                vi.load(new java.io.InputStreamReader(v, java.nio.charset.StandardCharsets.UTF_8));
                en.load(new java.io.InputStreamReader(e, java.nio.charset.StandardCharsets.UTF_8));
            }
            en.stringPropertyNames().stream()
                    .map(k -> java.util.Map.entry(k, en.getProperty(k).strip()))
                    .filter(e ->
                            !e.getValue().equals(vi.getProperty(e.getKey(), "").strip()))
                    .filter(e -> e.getValue().split("\\s+").length >= 2
                            && !e.getValue().contains("{"))
                    .forEach(e -> texts.add(e.getValue()));
        }
        return texts;
    }

    @Test
    @Order(17)
    void everyPageAndRefusalSpeaksTheReadersLanguage() throws Exception {
        java.util.Set<String> english = englishTexts();
        assertTrue(english.size() > 200, "the English bundles were read: " + english.size());
        java.util.Map<String, List<String>> pages = new java.util.LinkedHashMap<>();
        pages.put(
                "",
                List.of(
                        "",
                        "login.xhtml",
                        "register.xhtml",
                        "feedback/index.xhtml",
                        "feedback/submit.xhtml",
                        "feedback/track.xhtml",
                        "verify/index.xhtml",
                        "payments/receipt.xhtml",
                        "payments/pay.xhtml"));
        pages.put("congdan:DichVuCong@2026", List.of("me/", "me/signing/sign.xhtml", "me/signing/authenticator.xhtml"));
        pages.put(
                "canbo:XuLyHoSo@2026",
                List.of(
                        "office/",
                        "office/feedback/inbox.xhtml",
                        "office/identity.xhtml",
                        "office/signing/sign.xhtml",
                        "office/signing/authenticator.xhtml",
                        "office/payments/orders.xhtml",
                        "office/payments/finance.xhtml",
                        "office/indices/dashboard.xhtml",
                        "office/indices/plan.xhtml"));
        pages.put(
                "quantri:HeThong@2026",
                List.of(
                        "admin/",
                        "admin/settings.xhtml",
                        "admin/modules.xhtml",
                        "admin/accounts.xhtml",
                        "admin/organisation.xhtml",
                        "admin/audit.xhtml",
                        "admin/feedback/categories.xhtml",
                        "admin/signing/credentials.xhtml",
                        "admin/payments/series.xhtml",
                        "admin/payments/fees.xhtml"));
        List<String> problems = new java.util.ArrayList<>();
        for (var who : pages.entrySet()) {
            if (who.getKey().isEmpty()) {
                browser.manage().deleteAllCookies();
            } else {
                String[] account = who.getKey().split(":");
                login(account[0], account[1]);
            }
            for (String lang : List.of("en", "vi")) {
                for (String page : who.getValue()) {
                    browser.get(base + page + "?lang=" + lang);
                    for (String text : textsInPageLanguage()) {
                        if (lang.equals("en") ? VIETNAMESE_LETTERS.matcher(text).find() : english.contains(text)) {
                            problems.add(lang + " /" + page + ": " + text);
                        }
                    }
                }
            }
        }
        // refusals, on a page and from the API, in English
        browser.manage().deleteAllCookies();
        browser.get(base + "feedback/submit.xhtml?lang=en");
        type("report:title", "Ổ");
        clickAndWait("report:submit");
        assertTrue(browser.getTitle().startsWith("Error: "), browser.getTitle());
        assertTrue(browser.findElement(By.className("error-summary")).getText().contains("Please"));
        browser.get(base + "register.xhtml?lang=en");
        type("register:username", "x");
        type("register:password", "short");
        clickAndWait("register:submit");
        for (String text : textsInPageLanguage()) {
            if (VIETNAMESE_LETTERS.matcher(text).find()) {
                problems.add("en register refused: " + text);
            }
        }
        HttpResponse<String> refused = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "api/v1/feedback/reports"))
                                .header("Content-Type", "application/json")
                                .header("Accept-Language", "en")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"x\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(400, refused.statusCode(), refused.body());
        if (VIETNAMESE_LETTERS.matcher(refused.body()).find()) {
            problems.add("API refusal in English: " + refused.body());
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        browser.get(base + "?lang=vi");
    }

    /**
     * Clicks a button that submits the whole page, waits until the answer page has replaced it,
     * and runs axe on the answer: the page after an action (its messages, its error summary) is
     * held to the same rules as a page on load.
     */
    private void clickAndWait(String id) {
        var button = browser.findElement(By.id(id));
        button.click();
        awaitReplaced(button);
        assertNoSeriousAccessibilityViolations("after " + id);
    }

    /**
     * Waits until an element of the old page is gone. Chromium sometimes answers a question about
     * a node detached mid-navigation with "does not belong to the document" instead of the stale
     * element error that ExpectedConditions.stalenessOf expects; both mean the page was replaced.
     */
    private void awaitReplaced(org.openqa.selenium.WebElement element) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            } catch (org.openqa.selenium.WebDriverException detached) {
                if (detached.getMessage() != null
                        && detached.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw detached;
            }
        });
    }

    private void type(String id, String text) {
        type(browser.findElement(By.id(id)), text);
    }

    private static void type(org.openqa.selenium.WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    private void assertNoSeriousAccessibilityViolations(String page) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        assertTrue(
                serious.isEmpty(),
                page + ": "
                        + serious.stream()
                                .map(v -> v.getId() + " "
                                        + v.getNodes().stream()
                                                .map(n -> n.getTarget().toString())
                                                .collect(Collectors.joining(",")))
                                .collect(Collectors.joining("; ")));
    }

    @Test
    @Order(16)
    void anyoneVerifiesASignedPdfAndAnOutsideCaIsUntrustedNotAnError() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> root = http.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/signing/ca.cer"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, root.statusCode());
        var certificate =
                (java.security.cert.X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                        .generateCertificate(new java.io.ByteArrayInputStream(root.body()));
        assertTrue(certificate.getSubjectX500Principal().getName().contains("CA gốc"), certificate.toString());
        HttpResponse<byte[]> crl = http.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/signing/crl")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, crl.statusCode());
        assertTrue(java.security.cert.CertificateFactory.getInstance("X.509")
                        .generateCRL(new java.io.ByteArrayInputStream(crl.body()))
                != null);
        // the issuing CA says where the root's list of revoked CAs is, and that list is there, signed by the root
        HttpResponse<byte[]> issuing = http.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/signing/issuing.cer"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, issuing.statusCode());
        var issuingCa = (java.security.cert.X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                .generateCertificate(new java.io.ByteArrayInputStream(issuing.body()));
        issuingCa.verify(certificate.getPublicKey());
        String points =
                new String(issuingCa.getExtensionValue("2.5.29.31"), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(points.contains(base + "api/v1/signing/arl"), points);
        HttpResponse<byte[]> arl = http.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/signing/arl")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, arl.statusCode());
        ((java.security.cert.X509CRL) java.security.cert.CertificateFactory.getInstance("X.509")
                        .generateCRL(new java.io.ByteArrayInputStream(arl.body())))
                .verify(certificate.getPublicKey());

        byte[] signed = OutsideSigner.signedPdf("Trần Thị Mai");
        HttpResponse<String> report = http.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/signing/verifications"))
                        .header("Content-Type", "application/pdf")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(signed))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, report.statusCode(), report.body());
        assertTrue(
                report.body().contains("\"trust\":\"UNTRUSTED\"")
                        && report.body().contains("\"intact\":true")
                        && report.body().contains("\"valid\":false")
                        && report.body().contains("Trần Thị Mai"),
                report.body());

        HttpResponse<String> notPdf = http.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/signing/verifications"))
                        .header("Content-Type", "application/pdf")
                        .POST(HttpRequest.BodyPublishers.ofString("xin chào"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, notPdf.statusCode());
        assertTrue(notPdf.body().contains("Tệp không phải là PDF."), notPdf.body());

        Path file = Files.createTempFile("signed", ".pdf");
        Files.write(file, signed);
        browser.get(base + "verify/index.xhtml");
        browser.findElement(By.id("form:file")).sendKeys(file.toString());
        browser.findElement(By.id("form:verify")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
        String page = browser.findElement(By.tagName("main")).getText();
        assertTrue(
                page.contains("Có chữ ký không hợp lệ hoặc không được tin cậy")
                        && page.contains("Trần Thị Mai")
                        && page.contains("Văn bản không bị thay đổi sau khi ký")
                        && page.contains("Không được tin cậy"),
                page);
        Files.delete(file);
    }

    @Test
    @Order(18)
    void aCitizenPaysADemoFeeThroughTheSandboxAfterAFailureAndAnOfficerTakesOneAtTheCounter() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(40));
        login("congdan", "DichVuCong@2026");
        browser.get(base + "me/");
        browser.findElement(By.xpath("//li[contains(., 'Cấp giấy phép xây dựng nhà ở riêng lẻ')]//a"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pay:online")));
        assertTrue(browser.findElement(By.id("total")).getText().contains("150.000"), "the fee is shown");
        assertTrue(browser.findElement(By.id("words")).getText().contains("Một trăm năm mươi nghìn đồng"));
        assertNoSeriousAccessibilityViolations("/payments/pay.xhtml");

        // the bank refuses: the result page says why in plain words, and the payer tries again
        browser.findElement(By.id("pay:online")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("insufficient_funds")));
        assertTrue(browser.getCurrentUrl().startsWith("http://127.0.0.1:"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("150.000"));
        browser.findElement(By.id("insufficient_funds")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("failed")));
        assertTrue(
                browser.findElement(By.id("reason")).getText().contains("không đủ số dư"), "the reason in plain words");
        assertNoSeriousAccessibilityViolations("/payments/return.xhtml (failed)");
        browser.findElement(By.id("back")).click();
        payOnlineWithSuccess(wait);
        assertNoSeriousAccessibilityViolations("/payments/return.xhtml (paid)");
        browser.findElement(By.id("receiptLink")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt")));
        for (int i = 0; i < 30 && browser.findElements(By.id("download")).isEmpty(); i++) {
            Thread.sleep(1000);
            browser.navigate().refresh();
        }
        String receipt = browser.findElement(By.id("receipt")).getText();
        assertTrue(receipt.contains("BN-26E") && receipt.contains("Một trăm năm mươi nghìn đồng"), receipt);
        assertNoSeriousAccessibilityViolations("/payments/receipt.xhtml");
        String href = browser.findElement(By.id("download")).getAttribute("href");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));

        // anyone checks it at /verify/: sealed by the Department of Construction, valid
        Path file = Files.createTempFile("bien-lai", ".pdf");
        Files.write(file, pdf.body());
        browser.get(base + "verify/index.xhtml");
        browser.findElement(By.id("form:file")).sendKeys(file.toString());
        browser.findElement(By.id("form:verify")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
        String verdict = browser.findElement(By.tagName("main")).getText();
        assertTrue(verdict.contains("Mọi chữ ký trong văn bản đều hợp lệ") && verdict.contains("Sở Xây dựng"), verdict);
        Files.delete(file);

        // at the one-stop desk an officer takes the second demo fee in cash; a wrong amount is refused
        login("canbo", "XuLyHoSo@2026");
        browser.get(base + "office/payments/orders.xhtml?q=DEMO-GPXD-0002");
        assertNoSeriousAccessibilityViolations("/office/payments/orders.xhtml");
        browser.findElement(By.cssSelector("#orders a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("counter:amount")));
        type("counter:amount", "5000");
        clickAndWait("counter:record");
        assertTrue(
                browser.findElement(By.tagName("main")).getText().contains("50.000"), "the refusal names the amount");
        type("counter:amount", "50000");
        clickAndWait("counter:record");
        assertEquals("Đã thanh toán", browser.findElement(By.id("status")).getText());
        String desk = browser.findElement(By.tagName("main")).getText();
        assertTrue(desk.contains("BN-26E") && desk.contains("Tiền mặt"), desk);

        // the officer asks to give back part of the online payment; a leader of the agency approves it
        browser.get(base + "office/payments/orders.xhtml?q=DEMO-GPXD-0001");
        browser.findElement(By.cssSelector("#orders a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("refund:refundAmount")));
        type("refund:refundAmount", "50000");
        type("refund:reason", "Nộp thừa so với mức lệ phí đã điều chỉnh");
        clickAndWait("refund:requestRefund");
        assertTrue(browser.findElement(By.id("refunds")).getText().contains("Chờ duyệt"));
        logout();
        login("lanhdao", "PheDuyet@2026");
        browser.get(base + "office/payments/orders.xhtml?q=DEMO-GPXD-0001");
        browser.findElement(By.cssSelector("#orders a")).click();
        var approve =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#refunds button[id$='approve']")));
        approve.click();
        var yes = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
        yes.click();
        awaitReplaced(yes);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("refunds"), "Đã hoàn"));
        assertNoSeriousAccessibilityViolations("/office/payments/order.xhtml (refunded)");
        String ledger = browser.findElement(By.id("ledger")).getText();
        assertTrue(ledger.contains("Hoàn tiền") && ledger.contains("50.000"), ledger);
        logout();
    }

    @Test
    @Order(19)
    void aCitizenSubmitsAndPaysOnlineTheDeskReceivesTheLeaderSignsAndTheResultVerifies() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(40));
        // the catalogue, searched without diacritics, at phone width
        login("congdan", "DichVuCong@2026");
        browser.get(base + "procedures/index.xhtml?q=giay+phep+xay+dung+nha+o");
        assertTrue(browser.findElement(By.id("results"))
                .getText()
                .contains("Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ"));
        browser.findElement(By.linkText("Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("start")));
        assertTrue(browser.findElement(By.id("fee")).getText().contains("150.000"));
        browser.findElement(By.id("start")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dossier:send")));
        assertNoSeriousAccessibilityViolations("/procedures/submit.xhtml");
        type("dossier:summary", "Xin cấp giấy phép xây dựng nhà ở riêng lẻ tại thửa 123");
        type("dossier:field_parcel", "Thửa 123, tờ bản đồ số 45");
        type("dossier:field_address", "Phường Kinh Bắc, tỉnh Bắc Ninh");
        type("dossier:field_floor_area", "180");
        clickAndWait("dossier:send");
        assertTrue(
                browser.findElement(By.tagName("main")).getText().contains("Còn thiếu thành phần"),
                "a required component missing is said before anything is submitted");
        Path file = Files.createTempFile("don", ".pdf");
        Files.write(file, OutsideSigner.blankPdf());
        for (int i = 1; i <= 3; i++) {
            browser.findElement(By.id("dossier:component" + i)).sendKeys(file.toString());
        }
        clickAndWait("dossier:send");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submittedNotice")));
        String code = browser.findElement(By.id("code")).getText().strip();
        assertTrue(code.matches("000\\.00\\.12\\.H05-\\d{6}-\\d{4}"), code);
        assertNoSeriousAccessibilityViolations("/procedures/dossier.xhtml");

        // the fee through the sandbox gateway
        browser.findElement(By.id("pay")).click();
        payOnlineWithSuccess(wait);

        // the one-stop desk receives it and hands it to the department; the officer drafts the result
        login("canbo", "XuLyHoSo@2026");
        browser.get(base + "office/procedures/inbox.xhtml?box=NEW&q=" + code);
        assertNoSeriousAccessibilityViolations("/office/procedures/inbox.xhtml");
        browser.findElement(By.linkText(code)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("steps:receive")));
        clickAndWait("steps:receive");
        assertEquals("Đã tiếp nhận", browser.findElement(By.id("status")).getText());
        assertTrue(browser.findElement(By.id("files")).getText().contains("Giấy tiếp nhận hồ sơ và hẹn trả kết quả"));
        clickAndWait("steps:handOver");
        assertEquals("Đang xử lý", browser.findElement(By.id("status")).getText());
        clickAndWait("steps:submitForApproval");
        assertEquals("Chờ phê duyệt", browser.findElement(By.id("status")).getText());

        // the leader signs it with his authenticator's code
        login("lanhdao", "PheDuyet@2026");
        String secret = enrolAuthenticator("office/signing/authenticator.xhtml");
        browser.get(base + "office/procedures/inbox.xhtml?box=TO_APPROVE&q=" + code);
        browser.findElement(By.linkText(code)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("steps:sign")));
        type(
                "steps:factorCode",
                vn.egov.signing.factor.Totp.codeAt(
                        secret, java.time.Instant.now().plusSeconds(30)));
        clickAndWait("steps:sign");
        assertEquals("Đã có kết quả", browser.findElement(By.id("status")).getText());

        // the desk returns it; the citizen downloads the signed result, and /verify/ finds it valid
        login("canbo", "XuLyHoSo@2026");
        browser.get(base + "office/procedures/dossier.xhtml?code=" + code);
        clickAndWait("steps:returnResult");
        assertEquals("Đã trả kết quả", browser.findElement(By.id("status")).getText());
        login("congdan", "DichVuCong@2026");
        browser.get(base + "procedures/dossier.xhtml?code=" + code);
        assertEquals("Đã trả kết quả", browser.findElement(By.id("status")).getText());
        // the online submission slip came at once; the permit comes signed, with the copy the department sealed
        String files = browser.findElement(By.id("files")).getText();
        assertTrue(
                files.contains("Phiếu xác nhận nộp hồ sơ trực tuyến")
                        && files.contains("đã ký số")
                        && files.contains("bản sao có dấu số của cơ quan"),
                files);
        String href = browser.findElement(By.xpath("//ul[@id='files']/li[contains(., 'đã ký số')]/a"))
                .getAttribute("href");
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", "JSESSIONID=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        Files.write(file, pdf.body());
        browser.get(base + "verify/index.xhtml");
        browser.findElement(By.id("form:file")).sendKeys(file.toString());
        browser.findElement(By.id("form:verify")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
        String verdict = browser.findElement(By.tagName("main")).getText();
        assertTrue(
                verdict.contains("Mọi chữ ký trong văn bản đều hợp lệ") && verdict.contains("Lê Văn Cường"), verdict);
        Files.delete(file);

        // anyone looks it up with the code and the owner's CCCD
        logout();
        browser.get(base + "procedures/lookup.xhtml?code=" + code + "&proof=027095001234");
        assertEquals("Đã trả kết quả", browser.findElement(By.id("status")).getText());
    }

    @Test
    @Order(20)
    void anAdminEditsAProcedureFieldByFieldIntoANewVersion() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        login("quantri", "HeThong@2026");
        browser.get(base + "admin/procedures/catalogue.xhtml");
        assertNoSeriousAccessibilityViolations("/admin/procedures/catalogue.xhtml");
        browser.findElement(By.xpath("//tr[td/a[text()='1.004873']]//a[contains(@id,'edit')]"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("edit:save")));
        assertNoSeriousAccessibilityViolations("/admin/procedures/edit.xhtml");
        assertEquals(
                "Cấp Giấy xác nhận tình trạng hôn nhân",
                browser.findElement(By.id("edit:name")).getAttribute("value"));
        assertTrue(
                browser.findElement(By.id("edit:steps")).getAttribute("value").contains(";LEADER;"));
        var deadline = browser.findElement(By.id("edit:deadline"));
        deadline.clear();
        deadline.sendKeys("2");
        var steps = browser.findElement(By.id("edit:steps"));
        steps.clear();
        steps.sendKeys("Tiếp nhận;OFFICER;;30\nThẩm định và ký");
        clickAndWait("edit:save");
        String refused = browser.findElement(By.tagName("main")).getText();
        assertTrue(refused.contains("Dòng 2 không đúng định dạng: «Thẩm định và ký»"), refused);
        steps = browser.findElement(By.id("edit:steps"));
        steps.clear();
        steps.sendKeys("Tiếp nhận;OFFICER;;30\nThẩm định và ký;LEADER;;60");
        clickAndWait("edit:save");
        refused = browser.findElement(By.tagName("main")).getText();
        assertTrue(refused.contains("Tổng thời gian các bước phải là 100% (đang là 90%)"), refused);
        steps = browser.findElement(By.id("edit:steps"));
        steps.clear();
        steps.sendKeys("Tiếp nhận;OFFICER;;30\nThẩm định và ký;LEADER;;70");
        clickAndWait("edit:save");
        String saved = browser.findElement(By.tagName("main")).getText();
        assertTrue(saved.contains("Đã lưu thủ tục 1.004873"), saved);
        String history = browser.findElement(By.id("history")).getText();
        assertTrue(history.contains("2 ngày làm việc") && history.contains("3 ngày làm việc"), history);
        logout();
    }

    @Test
    @Order(21)
    void aLeaderDrillsFromTheOnTimeScoreToALateDossierAndADepartmentFillsADtiComponent() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        String year = String.valueOf(
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear());
        login("lanhdao", "PheDuyet@2026");
        browser.get(base + "office/indices/dashboard.xhtml?period=" + year);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("value-TD1")));
        assertNoSeriousAccessibilityViolations("/office/indices/dashboard.xhtml");
        // his own department, whose dossiers he may open
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("unit")))
                .selectByVisibleText("Sở Xây dựng");
        clickAndWait("show");
        String headline = browser.findElement(By.id("planHeadline")).getText();
        assertTrue(headline.matches(".*\\d+ trên 12 mục tiêu đạt.*"), headline);
        var onTime = browser.findElement(By.id("value-TD1"));
        onTime.click();
        awaitReplaced(onTime);
        assertNoSeriousAccessibilityViolations("/office/indices/records.xhtml");
        // the late ones are listed first: a dossier of the generated year decided late opens on its own page
        var late = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#records a.record-link")));
        String code = late.getText();
        late.click();
        awaitReplaced(late);
        assertTrue(browser.findElement(By.tagName("main")).getText().contains(code), "the dossier's own page");
        // a number of the dashboard's own figures opens its records too: the online dossiers of the year
        browser.navigate().back();
        var toDashboard = wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Về bảng điều hành")));
        toDashboard.click();
        awaitReplaced(toDashboard);
        var online = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("onlineRate")));
        online.click();
        awaitReplaced(online);
        assertTrue(
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("figureTitle")))
                        .getText()
                        .contains("dossiers.received_online"),
                "the figure's own list");
        assertTrue(
                browser.findElement(By.id("count")).getText().equals("0")
                        || !browser.findElements(By.cssSelector("#records a.record-link"))
                                .isEmpty(),
                "the online dossiers behind the rate are listed");

        // an export opens as a spreadsheet: a workbook whose sheet names the communes
        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "api/v1/indices/tables/ranking?framework=766&period="
                                        + year + "&tier=COMMUNE&format=xlsx"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        Path book = Files.createTempFile("xep-hang", ".xlsx");
        Files.write(book, xlsx.body());
        try (var zip = new java.util.zip.ZipFile(book.toFile())) {
            assertTrue(zip.getEntry("xl/workbook.xml") != null, "a workbook");
            try (var in = zip.getInputStream(zip.getEntry("xl/sharedStrings.xml"))) {
                String strings = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(strings.contains("BN-KB") && strings.contains("BN-TIENDU"), strings);
            }
        } finally {
            Files.delete(book);
        }
        logout();

        // the department that owns a DTI component fills it in with evidence and sends it
        login("chuyendoiso", "KhoaHoc@2026");
        browser.get(base + "office/indices/entries.xhtml?framework=dti-922&period=" + year + "&code=NT2");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("entry:save")));
        assertNoSeriousAccessibilityViolations("/office/indices/entries.xhtml");
        type("entry:numerator", "25");
        type("entry:note", "Kế hoạch số 45/KH-UBND ban hành ngày 15/01");
        Path evidence = Files.createTempFile("ke-hoach", ".pdf");
        Files.write(evidence, OutsideSigner.blankPdf());
        browser.findElement(By.id("entry:file"))
                .sendKeys(evidence.toAbsolutePath().toString());
        clickAndWait("entry:save");
        assertEquals(
                "Đã lưu nháp",
                browser.findElement(By.id("entryStatus")).getText(),
                browser.findElement(By.tagName("main")).getText());
        assertTrue(browser.findElement(By.id("evidence")).getText().contains("ke-hoach"), "the evidence is listed");
        clickAndWait("send:submit");
        assertEquals("Chờ duyệt", browser.findElement(By.id("entryStatus")).getText());
        assertTrue(browser.findElement(By.id("history")).getText().contains("Gửi duyệt"));
        Files.delete(evidence);
        logout();
    }
}

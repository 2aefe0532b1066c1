package vn.egov.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The platform's whole HTTP surface against its contract, as an outsider sees it: every REST
 * operation declared in the WAR is in the OpenAPI document and in this test's access table (a new
 * endpoint fails the test until it is placed there); each is called as anonymous, citizen,
 * officer and administrator and answers as its access says; every page of every module is
 * reachable only by the roles its prefix allows; and bad input of every kind (malformed and
 * mistyped JSON, NUL and control characters, 1 MB strings, deep nesting, wrong content types) is
 * answered with a 4xx in the platform's JSON error form, never a 5xx.
 */
class ApiContractIT {
    /** Who may call an operation. Record-level rules (a sender's own report) are checked apart. */
    enum Access {
        PUBLIC,
        SIGNED_IN,
        /** Leaders (the finance office) and administrators: others signed in get 403. */
        FINANCE,
        /** Administrators only: others signed in get 403. */
        ADMIN,
        /** Staff (officers, leaders, administrators): citizens get 403. */
        STAFF
    }

    private static final Map<String, Access> ACCESS = Map.ofEntries(
            Map.entry("GET /api/v1/open311/v2/services.{format}", Access.PUBLIC),
            Map.entry("GET /api/v1/open311/v2/services/{code}.{format}", Access.PUBLIC),
            Map.entry("POST /api/v1/open311/v2/requests.{format}", Access.PUBLIC),
            Map.entry("GET /api/v1/open311/v2/requests.{format}", Access.PUBLIC),
            Map.entry("GET /api/v1/open311/v2/requests/{id}.{format}", Access.PUBLIC),
            Map.entry("GET /api/v1/open311/v2/tokens/{token}.{format}", Access.PUBLIC),
            Map.entry("GET /api/v1/feedback/categories", Access.PUBLIC),
            Map.entry("POST /api/v1/feedback/reports", Access.PUBLIC),
            Map.entry("GET /api/v1/feedback/reports/mine", Access.SIGNED_IN),
            Map.entry("GET /api/v1/feedback/reports/{code}", Access.PUBLIC),
            Map.entry("POST /api/v1/feedback/reports/{code}/rating", Access.PUBLIC),
            Map.entry("POST /api/v1/feedback/reports/{code}/reopen", Access.PUBLIC),
            Map.entry("GET /api/v1/org-units", Access.PUBLIC),
            Map.entry("GET /api/v1/org-units/{id}", Access.PUBLIC),
            Map.entry("POST /api/v1/attachments", Access.SIGNED_IN),
            Map.entry("GET /api/v1/me", Access.SIGNED_IN),
            Map.entry("POST /api/v1/auth/token", Access.PUBLIC),
            Map.entry("POST /api/v1/signing/verifications", Access.PUBLIC),
            Map.entry("GET /api/v1/signing/ca.cer", Access.PUBLIC),
            Map.entry("GET /api/v1/signing/crl", Access.PUBLIC),
            Map.entry("GET /api/v1/signing/arl", Access.PUBLIC),
            Map.entry("GET /api/v1/signing/issuing.cer", Access.PUBLIC),
            Map.entry("POST /api/v1/signing/csc/v2/info", Access.PUBLIC),
            Map.entry("POST /api/v1/signing/csc/v2/auth/login", Access.PUBLIC),
            Map.entry("POST /api/v1/signing/csc/v2/auth/revoke", Access.SIGNED_IN),
            Map.entry("POST /api/v1/signing/csc/v2/credentials/list", Access.SIGNED_IN),
            Map.entry("POST /api/v1/signing/csc/v2/credentials/info", Access.SIGNED_IN),
            Map.entry("POST /api/v1/signing/csc/v2/credentials/authorize", Access.SIGNED_IN),
            Map.entry("POST /api/v1/signing/csc/v2/signatures/signHash", Access.SIGNED_IN),
            // whoever holds an order's code may pay it (a payment link); an attempt shows only to its payer and staff
            Map.entry("POST /api/v1/payments", Access.PUBLIC),
            Map.entry("GET /api/v1/payments/{paymentId}", Access.PUBLIC),
            // the gateway's notification: server to server, its signature is the credential
            Map.entry("GET /api/v1/payments/vnpay/ipn", Access.PUBLIC),
            Map.entry("GET /api/v1/payments/receipts/{lookupCode}/pdf", Access.PUBLIC),
            Map.entry("GET /api/v1/payments/receipts/usage", Access.FINANCE),
            Map.entry("GET /api/v1/procedures/catalogue", Access.PUBLIC),
            Map.entry("GET /api/v1/procedures/catalogue/{code}", Access.PUBLIC),
            Map.entry("GET /api/v1/procedures/catalogue/export", Access.ADMIN),
            Map.entry("POST /api/v1/procedures/catalogue/import", Access.ADMIN),
            Map.entry("POST /api/v1/procedures/dossiers", Access.SIGNED_IN),
            Map.entry("GET /api/v1/procedures/dossiers/{code}", Access.SIGNED_IN),
            Map.entry("GET /api/v1/procedures/dossiers/{code}/files/{id}", Access.SIGNED_IN),
            Map.entry("GET /api/v1/procedures/dossiers/{code}/control-sheet", Access.SIGNED_IN),
            Map.entry("GET /api/v1/procedures/lookup", Access.PUBLIC),
            Map.entry("GET /api/v1/procedures/tracking-book", Access.SIGNED_IN),
            Map.entry("GET /api/v1/indices/frameworks", Access.PUBLIC),
            Map.entry("GET /api/v1/indices/frameworks/{code}/csv", Access.STAFF),
            Map.entry("GET /api/v1/indices/scores/{code}", Access.PUBLIC),
            Map.entry("POST /api/v1/indices/scores/{code}/recompute", Access.FINANCE),
            Map.entry("GET /api/v1/indices/tables/ranking", Access.PUBLIC),
            Map.entry("GET /api/v1/indices/tables/items", Access.STAFF),
            Map.entry("GET /api/v1/indices/tables/records", Access.STAFF),
            Map.entry("GET /api/v1/indices/tables/targets", Access.STAFF),
            Map.entry("GET /api/v1/indices/plans", Access.STAFF),
            Map.entry("GET /api/v1/indices/plans/{id}", Access.STAFF),
            Map.entry("GET /api/v1/indices/evidence/{id}", Access.STAFF),
            Map.entry("GET /api/v1/indices/targets/{id}/evidence", Access.STAFF));

    /** Public operations that check credentials sent in the request itself: a 401 there is about those. */
    private static final java.util.Set<String> CREDENTIAL_CHECKS =
            java.util.Set.of("POST /api/v1/auth/token", "POST /api/v1/signing/csc/v2/auth/login");

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Platform platform;
    private static LaunchSettings settings;
    private static String base;
    private static List<ApiOperations.Operation> operations;
    /** Bearer tokens by role; "anonymous" has none. */
    private static final Map<String, String> TOKENS = new java.util.LinkedHashMap<>();

    private static final Map<String, String> USERS = new java.util.HashMap<>();
    private static final Map<String, String> PASSWORDS =
            Map.of("congdan", "DichVuCong@2026", "canbo", "XuLyHoSo@2026", "quantri", "HeThong@2026");

    @BeforeAll
    static void start() throws Exception {
        settings = LaunchSettings.fromEnvironment();
        MicroServer.deleteRecursively(settings.home());
        // the test stands in for a reverse proxy on the same machine, so it can send a visitor's address from outside
        System.setProperty("platform.trustedProxies", "127.0.0.1");
        platform = Platform.start(settings);
        base = platform.url().replaceAll("/$", "");
        operations = ApiOperations.of(settings.runtimeDir().resolve("platform.war"));
        TOKENS.put("anonymous", null);
        TOKENS.put("citizen", token("congdan", PASSWORDS.get("congdan")));
        TOKENS.put("officer", token("canbo", PASSWORDS.get("canbo")));
        TOKENS.put("admin", token("quantri", PASSWORDS.get("quantri")));
    }

    @AfterAll
    static void stop() throws Exception {
        System.clearProperty("platform.trustedProxies");
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void everyOperationIsInTheOpenApiDocumentAndInTheAccessTable() throws Exception {
        assertTrue(operations.size() >= 25, "the WAR was read: " + operations);
        assertEquals(
                new TreeSet<>(ACCESS.keySet()),
                ApiOperations.keys(operations),
                "every operation the WAR declares has its access decided in this test, and no other");
        HttpResponse<String> document =
                send(HttpRequest.newBuilder(URI.create(base + "/openapi")).header("Accept", "application/json"));
        assertEquals(200, document.statusCode());
        JsonObject paths = json(document.body()).asJsonObject().getJsonObject("paths");
        TreeSet<String> documented = new TreeSet<>();
        paths.forEach((path, item) -> {
            assertTrue(!path.contains(":"), "OpenAPI path templates carry no JAX-RS patterns: " + path);
            item.asJsonObject().keySet().forEach(method -> documented.add(method.toUpperCase() + " " + path));
        });
        TreeSet<String> missing = ApiOperations.keys(operations);
        missing.removeAll(documented);
        assertTrue(missing.isEmpty(), "not in the OpenAPI document: " + missing);
    }

    @Test
    void eachOperationAnswersEachRoleAsItsAccessSays() throws Exception {
        for (ApiOperations.Operation operation : operations) {
            for (Map.Entry<String, String> role : TOKENS.entrySet()) {
                HttpResponse<String> answer = call(operation, role.getValue(), "{}", "application/json", "");
                int status = answer.statusCode();
                String what = role.getKey() + " " + operation.key() + " -> " + status + " " + answer.body();
                assertTrue(status < 500, what);
                Access access = ACCESS.get(operation.key());
                if (access != Access.PUBLIC && role.getValue() == null) {
                    assertEquals(401, status, what);
                    assertErrorForm(operation, answer, what);
                } else if ((access == Access.FINANCE || access == Access.ADMIN)
                        && !role.getKey().equals("admin")) {
                    assertEquals(403, status, what);
                } else if (access == Access.STAFF && role.getKey().equals("citizen")) {
                    assertEquals(403, status, what);
                } else if (!CREDENTIAL_CHECKS.contains(operation.key())) {
                    assertTrue(status != 401 && status != 403, what);
                }
            }
        }
    }

    @Test
    void aReportIsRatedOrReopenedOnlyByItsSender() throws Exception {
        HttpResponse<String> sent = send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/feedback/reports"))
                        .header("Authorization", "Bearer " + TOKENS.get("citizen"))
                        .header("Content-Type", "application/json")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "{\"category\":\"KHAC\",\"title\":\"Biển tên đường bị mất\","
                                                + "\"description\":\"Biển tên đường ở đầu phố Nguyễn Đăng Đạo đã bị mất từ tuần trước.\",\"anonymous\":true}")));
        assertEquals(201, sent.statusCode(), sent.body());
        String code = json(sent.body()).asJsonObject().getString("trackingCode");
        for (String action : List.of("rating", "reopen")) {
            String body = action.equals("rating") ? "{\"rating\":\"SATISFIED\"}" : "{\"reason\":\"Chưa xử lý xong\"}";
            for (String other : List.of("anonymous", "officer", "admin")) {
                HttpResponse<String> refused =
                        post("/api/v1/feedback/reports/" + code + "/" + action, TOKENS.get(other), body);
                assertEquals(403, refused.statusCode(), other + " on someone else's report: " + refused.body());
            }
            HttpResponse<String> own =
                    post("/api/v1/feedback/reports/" + code + "/" + action, TOKENS.get("citizen"), body);
            assertEquals(409, own.statusCode(), "the sender may; the report is not answered yet: " + own.body());
            assertEquals(
                    404,
                    post("/api/v1/feedback/reports/PA-KHONGCO2/" + action, TOKENS.get("citizen"), body)
                            .statusCode());
        }
        HttpResponse<String> mine = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/feedback/reports/mine"))
                .header("Authorization", "Bearer " + TOKENS.get("officer")));
        assertTrue(!mine.body().contains(code), "another account's list never shows the citizen's report");
    }

    @Test
    void everyPageIsReachableOnlyByTheRolesItsPrefixAllows() throws Exception {
        List<String> pages = pages();
        assertTrue(pages.size() >= 20, pages.toString());
        for (String page : pages) {
            String audience = page.startsWith("/admin/")
                    ? "admin"
                    : page.startsWith("/office/") ? "staff" : page.startsWith("/me/") ? "citizen" : "public";
            for (Map.Entry<String, String> role : TOKENS.entrySet()) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + page));
                if (role.getValue() != null) {
                    request.header("Authorization", "Bearer " + role.getValue());
                }
                HttpResponse<String> answer = send(request);
                int status = answer.statusCode();
                String what = role.getKey() + " " + page + " -> " + status;
                boolean allowed = switch (audience) {
                    case "admin" -> role.getKey().equals("admin");
                    case "staff" ->
                        role.getKey().equals("officer") || role.getKey().equals("admin");
                    case "citizen" -> role.getKey().equals("citizen");
                    default -> true;
                };
                assertTrue(status < 500, what);
                if (allowed) {
                    assertTrue(
                            status == 200
                                    || status == 302
                                            && !answer.headers()
                                                    .firstValue("Location")
                                                    .orElse("")
                                                    .contains("login"),
                            what);
                } else if (role.getValue() == null) {
                    assertEquals(302, status, what);
                    assertTrue(
                            answer.headers().firstValue("Location").orElse("").contains("/login.xhtml"), what);
                } else {
                    assertEquals(403, status, what);
                }
            }
        }
    }

    @Test
    void badInputToAnyOperationIsRefusedInTheErrorFormNeverAServerError() throws Exception {
        String megabyte = "x".repeat(1024 * 1024);
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        List<String[]> bodies = List.of(
                new String[] {"application/json", "{\"title\":"},
                new String[] {"application/json", "[1, 2, 3]"},
                new String[] {"application/json", "\"chuỗi\""},
                new String[] {
                    "application/json",
                    "{\"category\":42,\"title\":[true],\"latitude\":\"bắc\",\"rating\":{},\"photoIds\":[\"x\"]}"
                },
                new String[] {
                    "application/json", "{\"title\":\"a\\u0000b\",\"username\":\"\\u0000\",\"reason\":\"\\u0007\"}"
                },
                new String[] {"application/json", "{\"title\":\"\u0085\",\"description\":\"\uFFFF\"}"},
                new String[] {"application/json", "{\"title\":\"" + megabyte + "\"}"},
                new String[] {"application/json", deep},
                new String[] {"text/plain", "chỉ là chữ"},
                new String[] {"application/xml", "<report><title>x</title></report>"},
                new String[] {"multipart/form-data", "--x\r\n"},
                new String[] {
                    "multipart/form-data; boundary=ranh",
                    "--ranh\r\nContent-Disposition: form-data; name=\"report\"\r\n\r\n"
                            + "{\"title\":\"\\u0000\"}\r\n--ranh\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"a\u0000.png\"\r\n\r\n"
                            + "khong-phai-anh\r\n--ranh--\r\n"
                },
                new String[] {"application/x-www-form-urlencoded", "api_key=%00&service_code=%01&description=%C2%85"});
        List<String> failures = new ArrayList<>();
        for (ApiOperations.Operation operation : operations) {
            List<java.util.concurrent.Callable<HttpResponse<String>>> attempts = new ArrayList<>();
            attempts.add(() -> call(operation, TOKENS.get("citizen"), null, null, "?q=%00&lat=%01"));
            attempts.add(() -> callWithPathValue(operation, "x%01y"));
            if (!operation.method().equals("GET")) {
                for (String[] body : bodies) {
                    attempts.add(() -> call(operation, TOKENS.get("citizen"), body[1], body[0], ""));
                }
            }
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (var attempt : attempts) {
                try {
                    answers.add(attempt.call());
                } catch (AssertionError noAnswer) {
                    failures.add(operation.key() + ": " + noAnswer.getMessage());
                }
            }
            for (HttpResponse<String> answer : answers) {
                if (answer == null) {
                    continue;
                }
                String what = operation.key() + " " + answer.request().uri() + " -> " + answer.statusCode() + " "
                        + answer.body().substring(0, Math.min(200, answer.body().length()));
                if (answer.statusCode() >= 500) {
                    failures.add(what);
                } else if (answer.statusCode() >= 400) {
                    try {
                        assertErrorForm(operation, answer, what);
                    } catch (AssertionError notOurs) {
                        failures.add("not the platform's error form: " + what);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndAnAnonymousHomePageOpensNoSession() throws Exception {
        HttpResponse<String> home = send(HttpRequest.newBuilder(URI.create(base + "/")));
        assertEquals(200, home.statusCode());
        assertTrue(
                home.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "no session for a page that needs none: " + home.headers().allValues("Set-Cookie"));
        for (HttpResponse<String> answer :
                List.of(home, send(HttpRequest.newBuilder(URI.create(base + "/api/v1/feedback/categories"))))) {
            assertEquals(
                    "nosniff",
                    answer.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals(
                    "same-origin",
                    answer.headers().firstValue("Referrer-Policy").orElse(""));
            assertTrue(answer.headers().allValues("Content-Security-Policy").stream()
                    .anyMatch(p -> p.contains("frame-ancestors 'none'")));
            assertTrue(answer.headers().firstValue("Server").isEmpty());
        }
        assertTrue(
                home.headers().allValues("Content-Security-Policy").stream().anyMatch(p -> p.contains("'nonce-")),
                "pages hold scripts to their nonces");

        HttpResponse<String> english = send(HttpRequest.newBuilder(URI.create(base + "/?lang=en")));
        String chosen = english.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("lang=en"))
                .findFirst()
                .orElseThrow();
        assertTrue(chosen.contains("SameSite=Lax"), chosen);
        assertTrue(
                send(HttpRequest.newBuilder(URI.create(base + "/")).header("Cookie", "lang=en"))
                        .body()
                        .contains("Online public services"),
                "the language is a cookie, not a session");

        HttpResponse<String> list = send(HttpRequest.newBuilder(URI.create(base + "/feedback/index.xhtml")));
        String session = list.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID"))
                .findFirst()
                .orElseThrow();
        assertTrue(session.contains("HttpOnly") && session.toLowerCase().contains("samesite=lax"), session);
        assertEquals(
                200,
                send(HttpRequest.newBuilder(URI.create(base + "/metrics"))).statusCode(),
                "the machine itself reads metrics");
        assertEquals(
                404,
                send(HttpRequest.newBuilder(URI.create(base + "/metrics")).header("X-Forwarded-For", "203.0.113.5"))
                        .statusCode(),
                "a visitor from outside does not");
        assertEquals(
                404,
                send(HttpRequest.newBuilder(URI.create(base + "/metrics"))
                                .header("X-Forwarded-For", "203.0.113.5")
                                .header("Authorization", "Bearer " + TOKENS.get("officer")))
                        .statusCode(),
                "nor an officer");
        assertEquals(
                200,
                send(HttpRequest.newBuilder(URI.create(base + "/metrics"))
                                .header("X-Forwarded-For", "203.0.113.5")
                                .header("Authorization", "Bearer " + TOKENS.get("admin")))
                        .statusCode(),
                "an administrator does, from anywhere");
    }

    /** A 4xx body is the platform's JSON error ({error, message}), or for Open311 its own [{code, description}]. */
    private static void assertErrorForm(ApiOperations.Operation operation, HttpResponse<String> answer, String what) {
        String body = answer.body();
        assertTrue(!body.isBlank(), "empty body: " + what);
        if (operation.path().contains("/open311/") && body.trim().startsWith("<")) {
            assertTrue(body.contains("<errors>") && body.contains("<description>"), what);
            return;
        }
        JsonStructure parsed = json(body);
        if (parsed.getValueType() == JsonValue.ValueType.ARRAY) {
            assertTrue(operation.path().contains("/open311/"), "an array is Open311's error form only: " + what);
            JsonArray errors = parsed.asJsonArray();
            assertTrue(!errors.isEmpty() && errors.getJsonObject(0).containsKey("description"), what);
        } else {
            assertTrue(parsed.asJsonObject().containsKey("error"), what);
        }
    }

    private static HttpResponse<String> callWithPathValue(ApiOperations.Operation operation, String value)
            throws Exception {
        if (!operation.path().contains("{")) {
            return null;
        }
        String path = operation.path().replaceAll("\\{format}", "json").replaceAll("\\{\\w+}", value);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + TOKENS.get("citizen"));
        return send(
                operation.method().equals("GET")
                        ? request
                        : request.header("Content-Type", "application/json")
                                .method(operation.method(), HttpRequest.BodyPublishers.ofString("{}")));
    }

    private static HttpResponse<String> call(
            ApiOperations.Operation operation, String token, String body, String type, String query) throws Exception {
        if (token != null && operation.key().endsWith("/auth/revoke")) {
            token = token(
                    usernameOf(token), PASSWORDS.get(usernameOf(token))); // revoking must not end the role's own token
        }
        String path = operation
                .path()
                .replaceAll("\\{format}", "json")
                .replaceAll("\\{code}|\\{id}|\\{token}|\\{paymentId}|\\{lookupCode}", "PA-KHONGCO2")
                .replace("/org-units/PA-KHONGCO2", "/org-units/999999");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path + query));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (operation.method().equals("GET")) {
            return send(request);
        }
        return send(request.header("Content-Type", type == null ? "application/json" : type)
                .method(operation.method(), HttpRequest.BodyPublishers.ofString(body == null ? "{}" : body)));
    }

    private static HttpResponse<String> post(String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    /** Every page of the platform: the .xhtml files of the WAR and of its module JARs, templates and includes left out. */
    private static List<String> pages() throws Exception {
        List<String> pages = new ArrayList<>();
        java.nio.file.Path war = settings.runtimeDir().resolve("platform.war");
        try (ZipFile zip = new ZipFile(war.toFile())) {
            for (var entry : zip.stream().toList()) {
                String name = entry.getName();
                if (name.endsWith(".xhtml") && !name.startsWith("WEB-INF/") && !name.startsWith("error/")) {
                    pages.add("/" + name);
                } else if (name.startsWith("WEB-INF/lib/") && name.endsWith(".jar")) {
                    java.nio.file.Path jar = java.nio.file.Files.createTempFile("module", ".jar");
                    try (var in = zip.getInputStream(entry)) {
                        java.nio.file.Files.copy(in, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                    try (ZipFile inner = new ZipFile(jar.toFile())) {
                        inner.stream()
                                .map(e -> e.getName())
                                .filter(n -> n.startsWith("META-INF/resources/")
                                        && n.endsWith(".xhtml")
                                        && !n.startsWith("META-INF/resources/WEB-INF/"))
                                .forEach(n -> pages.add(n.substring("META-INF/resources".length())));
                    }
                }
            }
        }
        return pages;
    }

    private static String token(String username, String password) throws Exception {
        HttpResponse<String> answer = post(
                "/api/v1/auth/token", null, "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertEquals(200, answer.statusCode(), answer.body());
        String token = json(answer.body()).asJsonObject().getString("access_token");
        USERS.put(token, username);
        return token;
    }

    private static String usernameOf(String token) {
        return USERS.get(token);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpRequest built = request.build();
        try {
            return HTTP.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new AssertionError(
                    "no answer to " + built.method() + " " + built.uri() + " "
                            + built.headers().firstValue("Content-Type").orElse("") + ": " + e,
                    e);
        }
    }

    private static JsonStructure json(String body) {
        return Json.createReader(new StringReader(body)).read();
    }
}

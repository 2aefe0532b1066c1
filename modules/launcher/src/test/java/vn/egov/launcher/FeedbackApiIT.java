package vn.egov.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.w3c.dom.Document;

/**
 * The machines' side of feedback on the real deployable: the JSON API for the mobile app, and
 * an Open311 GeoReport v2 conformance check of every endpoint in JSON and XML, errors included.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedbackApiIT {
    private static final String DEMO_KEY = "demo-open311-bac-ninh";
    private static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
    private static Platform platform;
    private static LaunchSettings settings;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        settings = LaunchSettings.fromEnvironment();
        MicroServer.deleteRecursively(settings.home());
        platform = Platform.start(settings);
        base = platform.url();
        assertTrue(base.startsWith("http://127.0.0.1:"), base);
    }

    @AfterAll
    static void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(0)
    void theEmbeddedDatabaseHasEachCommitOnDiskBeforeItAnswers() throws Exception {
        Assumptions.assumeTrue(
                settings.externalDb().isEmpty(), "an external PostgreSQL is its operator's to configure");
        try (Connection c = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + settings.dbPort() + "/platform", "postgres", "");
                Statement s = c.createStatement()) {
            for (String setting : new String[] {"fsync", "synchronous_commit"}) {
                try (ResultSet value = s.executeQuery("show " + setting)) {
                    value.next();
                    assertEquals("on", value.getString(1), setting);
                }
            }
        }
    }

    @Test
    @Order(1)
    void theMobileAppSendsAReportWithAPhotoFollowsItAndGetsClearErrors() throws Exception {
        JsonArray categories = array(send(get("api/v1/feedback/categories"), 200));
        assertTrue(categories.stream()
                .anyMatch(c -> c.asJsonObject().getString("code").equals("GIAO_THONG")));

        String token = object(send(
                        json("api/v1/auth/token", "{\"username\":\"congdan\",\"password\":\"DichVuCong@2026\"}"), 200))
                .getString("access_token");
        String boundary = "ranh-gioi-" + System.nanoTime();
        String report = "{\"category\":\"CHIEU_SANG\",\"title\":\"Đèn đường hỏng ngõ 12\",\"description\":"
                + "\"Đèn đường ngõ 12 phố Ngô Gia Tự không sáng từ tuần trước, buổi tối rất tối.\",\"anonymous\":false,"
                + "\"contactName\":\"Nguyễn Văn An\",\"contactPhone\":\"0912345678\",\"consentToPublish\":true,"
                + "\"latitude\":21.18,\"longitude\":106.07}";
        byte[] body = multipart(boundary, report, PNG);
        HttpResponse<String> created = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/feedback/reports"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject view = object(created.body());
        String code = view.getString("trackingCode");
        assertEquals(1, view.getJsonArray("photoIds").size());
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/feedback/reports/" + code));

        HttpResponse<String> mine = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/feedback/reports/mine"))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(array(send(mine, 200)).stream()
                .anyMatch(r -> r.asJsonObject().getString("trackingCode").equals(code)));
        assertEquals(
                401,
                HTTP.send(get("api/v1/feedback/reports/mine"), HttpResponse.BodyHandlers.ofString())
                        .statusCode());
        assertEquals(
                "RECEIVED",
                object(send(get("api/v1/feedback/reports/" + code.toLowerCase()), 200))
                        .getString("status"));

        JsonObject refused = object(send(
                json(
                        "api/v1/feedback/reports",
                        "{\"category\":\"KHONG_CO\",\"title\":\"Ổ\"," + "\"latitude\":95,\"longitude\":10}"),
                400));
        assertEquals("invalid_fields", refused.getString("error"));
        assertTrue(refused.getJsonObject("fields").containsKey("title")
                && refused.getJsonObject("fields").containsKey("location"));
        assertEquals(
                "malformed_body",
                object(send(json("api/v1/feedback/reports", "{\"category\":"), 400))
                        .getString("error"));
        assertEquals(
                "not_found",
                object(send(get("api/v1/feedback/reports/PA-KHONGCO2"), 404)).getString("error"));
        String senderKey = view.getString("senderKey");
        assertTrue(
                senderKey.matches("[A-Za-z0-9_-]{43}"), "the sender's own key comes with the answer to his submission");
        assertFalse(
                object(send(get("api/v1/feedback/reports/" + code), 200)).containsKey("senderKey"), "and never again");
        assertEquals(
                "forbidden",
                object(send(json("api/v1/feedback/reports/" + code + "/rating", "{\"rating\":\"SATISFIED\"}"), 403))
                        .getString("error"),
                "the public tracking code alone cannot rate");
        assertEquals(
                "forbidden",
                object(send(
                                json(
                                        "api/v1/feedback/reports/" + code + "/reopen",
                                        "{\"reason\":\"Chưa xử lý\",\"senderKey\":\"" + senderKey.substring(1)
                                                + "x\"}"),
                                403))
                        .getString("error"));
        assertEquals(
                "illegal_step",
                object(send(
                                json(
                                        "api/v1/feedback/reports/" + code + "/rating",
                                        "{\"rating\":\"SATISFIED\",\"senderKey\":\"" + senderKey + "\"}"),
                                409))
                        .getString("error"),
                "the sender may, but there is nothing to rate before the answer");
        assertTrue(object(send(json("api/v1/feedback/reports/" + code + "/rating", "{\"rating\":\"TUYET\"}"), 400))
                .getJsonObject("fields")
                .containsKey("rating"));
    }

    @Test
    @Order(2)
    void open311ServicesAndDefinitionsInJsonAndXml() throws Exception {
        JsonArray services = array(send(get("open311/v2/services.json"), 200));
        JsonObject roads = services.stream()
                .map(v -> v.asJsonObject())
                .filter(s -> s.getString("service_code").equals("GIAO_THONG"))
                .findFirst()
                .orElseThrow();
        assertEquals("Giao thông, hạ tầng đô thị", roads.getString("service_name"));
        assertEquals("realtime", roads.getString("type"));
        assertEquals(false, roads.getBoolean("metadata"));
        Document xml = xml(send(get("open311/v2/services.xml"), 200));
        assertEquals("services", xml.getDocumentElement().getNodeName());
        assertEquals(services.size(), xml.getElementsByTagName("service").getLength());

        assertEquals(
                "GIAO_THONG",
                object(send(get("open311/v2/services/GIAO_THONG.json"), 200)).getString("service_code"));
        assertEquals(
                "service_definition",
                xml(send(get("open311/v2/services/GIAO_THONG.xml"), 200))
                        .getDocumentElement()
                        .getNodeName());
        assertEquals(
                404,
                array(send(get("open311/v2/services/KHONG_CO.json"), 404))
                        .getJsonObject(0)
                        .getInt("code"));
        assertEquals(
                "404",
                xml(send(get("open311/v2/services/KHONG_CO.xml"), 404))
                        .getElementsByTagName("code")
                        .item(0)
                        .getTextContent());
    }

    @Test
    @Order(3)
    void open311RequestsAreCreatedListedAndFoundInBothFormats() throws Exception {
        Map<String, String> form = Map.of(
                "api_key",
                DEMO_KEY,
                "service_code",
                "MOI_TRUONG",
                "lat",
                "21.1795",
                "long",
                "106.0716",
                "address_string",
                "Cổng chợ Phật Tích",
                "description",
                "Rác thải sinh hoạt tồn đọng nhiều ngày ở cổng chợ, bốc mùi hôi.",
                "first_name",
                "Hoa",
                "last_name",
                "Nguyễn",
                "email",
                "hoa@example.vn");
        JsonObject created =
                array(send(post("open311/v2/requests.json", form), 200)).getJsonObject(0);
        String id = created.getString("service_request_id");
        assertTrue(id.startsWith("PA-"), id);
        Document createdXml = xml(send(
                post(
                        "open311/v2/requests.xml",
                        Map.of(
                                "api_key",
                                DEMO_KEY,
                                "service_code",
                                "GIAO_THONG",
                                "address_string",
                                "Đường Lý Thái Tổ",
                                "description",
                                "Vỉa hè bị lấn chiếm làm nơi để xe, người đi bộ phải xuống lòng đường.")),
                200));
        String xmlId =
                createdXml.getElementsByTagName("service_request_id").item(0).getTextContent();

        JsonObject one =
                array(send(get("open311/v2/requests/" + id + ".json"), 200)).getJsonObject(0);
        assertEquals("open", one.getString("status"));
        assertEquals("MOI_TRUONG", one.getString("service_code"));
        assertEquals(21.1795, one.getJsonNumber("lat").doubleValue(), 1e-9);
        Document oneXml = xml(send(get("open311/v2/requests/" + xmlId + ".xml"), 200));
        assertEquals("service_requests", oneXml.getDocumentElement().getNodeName());
        assertEquals(
                xmlId, oneXml.getElementsByTagName("service_request_id").item(0).getTextContent());

        JsonArray byIds = array(send(get("open311/v2/requests.json?service_request_id=" + id + "," + xmlId), 200));
        assertEquals(2, byIds.size());
        JsonArray environment = array(send(get("open311/v2/requests.json?service_code=MOI_TRUONG&status=open"), 200));
        assertTrue(environment.stream()
                .anyMatch(r -> r.asJsonObject().getString("service_request_id").equals(id)));
        assertTrue(xml(send(get("open311/v2/requests.xml?status=closed"), 200))
                        .getElementsByTagName("request")
                        .getLength()
                >= 0);
        assertEquals(
                id,
                array(send(get("open311/v2/tokens/" + id + ".json"), 200))
                        .getJsonObject(0)
                        .getString("service_request_id"));
        assertEquals(
                "service_requests",
                xml(send(get("open311/v2/tokens/" + id + ".xml"), 200))
                        .getDocumentElement()
                        .getNodeName());
    }

    @Test
    @Order(4)
    void open311ErrorsUseTheStandardFormat() throws Exception {
        assertEquals(
                403,
                array(send(
                                post(
                                        "open311/v2/requests.json",
                                        Map.of("api_key", "sai", "service_code", "GIAO_THONG")),
                                403))
                        .getJsonObject(0)
                        .getInt("code"));
        assertTrue(array(send(
                        post("open311/v2/requests.json", Map.of("api_key", DEMO_KEY, "service_code", "KHONG_CO")), 400))
                .getJsonObject(0)
                .getString("description")
                .contains("service_code"));
        assertTrue(array(send(
                        post(
                                "open311/v2/requests.json",
                                Map.of("api_key", DEMO_KEY, "service_code", "GIAO_THONG", "lat", "abc", "long", "106")),
                        400))
                .getJsonObject(0)
                .getString("description")
                .contains("lat"));
        Document noPlace = xml(send(
                post(
                        "open311/v2/requests.xml",
                        Map.of(
                                "api_key",
                                DEMO_KEY,
                                "service_code",
                                "GIAO_THONG",
                                "description",
                                "Mô tả đủ dài nhưng thiếu vị trí của sự việc.")),
                400));
        assertEquals("errors", noPlace.getDocumentElement().getNodeName());
        assertTrue(array(send(get("open311/v2/requests.json?start_date=hom-qua"), 400))
                .getJsonObject(0)
                .getString("description")
                .contains("ISO 8601"));
        assertEquals(
                404,
                array(send(get("open311/v2/requests/PA-KHONGCO2.json"), 404))
                        .getJsonObject(0)
                        .getInt("code"));
        assertEquals(
                404,
                array(send(get("open311/v2/tokens/khong-co.json"), 404))
                        .getJsonObject(0)
                        .getInt("code"));
        HttpResponse<String> jsonBody = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "open311/v2/requests.json"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"api_key\":\"" + DEMO_KEY + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, jsonBody.statusCode(), "GeoReport v2 takes a url-encoded form: " + jsonBody.body());
    }

    @Test
    @Order(4)
    void controlCharactersAndNulBytesAreRefusedOnTheirFieldNeverAServerError() throws Exception {
        JsonObject nul = object(send(
                json(
                        "api/v1/feedback/reports",
                        "{\"category\":\"KHAC\",\"title\":\"Ổ gà\\u0000\","
                                + "\"description\":\"Nội dung phản ánh đủ dài để qua kiểm tra.\",\"anonymous\":true}"),
                400));
        assertTrue(nul.getJsonObject("fields").getString("title").contains("U+0000"), nul.toString());
        assertTrue(object(send(json("api/v1/auth/token", "{\"username\":\"congdan\\u0000\",\"password\":\"x\"}"), 400))
                .getJsonObject("fields")
                .containsKey("username"));
        assertEquals(
                400,
                HTTP.send(get("api/v1/feedback/reports/PA-%01ABC"), HttpResponse.BodyHandlers.ofString())
                        .statusCode());
        assertEquals(
                400,
                HTTP.send(get("open311/v2/requests.json?service_code=%C2%85"), HttpResponse.BodyHandlers.ofString())
                        .statusCode());
        HttpResponse<String> open311 = HTTP.send(
                post(
                        "open311/v2/requests.xml",
                        Map.of(
                                "api_key",
                                DEMO_KEY,
                                "service_code",
                                "GIAO_THONG",
                                "address_string",
                                "Đường Lý Thái Tổ",
                                "description",
                                "Vỉa hè bị lấn chiếm\u0001 làm nơi để xe máy\uFFFE.")),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, open311.statusCode(), open311.body());
        assertEquals(
                "service_requests",
                xml(send(get("open311/v2/requests.xml"), 200))
                        .getDocumentElement()
                        .getNodeName(),
                "and the public list stays well-formed XML");
    }

    @Test
    @Order(5)
    void aFloodFromOneAddressIsRefusedWithTooManyRequests() throws Exception {
        HttpResponse<String> answer = null;
        for (int i = 0; i < 40 && (answer == null || answer.statusCode() != 429); i++) {
            answer = HTTP.send(
                    json(
                            "api/v1/feedback/reports",
                            "{\"category\":\"KHAC\",\"title\":\"Phản ánh thử số " + i + "\","
                                    + "\"description\":\"Nội dung phản ánh thử nghiệm gửi dồn dập từ một địa chỉ.\",\"anonymous\":true}"),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(answer.statusCode() == 201 || answer.statusCode() == 429, "status " + answer.statusCode());
        }
        assertEquals(
                429, answer.statusCode(), "anonymous reports from one address are refused past their (higher) limit");
        assertEquals("3600", answer.headers().firstValue("Retry-After").orElse(""));
        assertTrue(
                object(answer.body()).getString("message").contains("đăng nhập"),
                "and told how else to report: " + answer.body());
    }

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).build();
    }

    private static HttpRequest json(String path, String body) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static HttpRequest post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static String send(HttpRequest request, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), request.uri() + ": " + response.body());
        return response.body();
    }

    private static String send(HttpResponse<String> response, int expected) {
        assertEquals(expected, response.statusCode(), response.body());
        return response.body();
    }

    private static JsonObject object(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static JsonArray array(String body) {
        return Json.createReader(new StringReader(body)).readArray();
    }

    private static Document xml(String body) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] multipart(String boundary, String reportJson, byte[] photo) {
        var out = new java.io.ByteArrayOutputStream();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"report\"\r\n"
                        + "Content-Type: application/json; charset=UTF-8\r\n\r\n" + reportJson + "\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"den-duong.png\"\r\nContent-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        out.writeBytes(head);
        out.writeBytes(photo);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}

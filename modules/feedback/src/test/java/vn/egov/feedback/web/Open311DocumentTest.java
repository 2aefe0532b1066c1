package vn.egov.feedback.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class Open311DocumentTest {

    @Test
    void controlCharactersInStoredReportsStillGiveWellFormedXml() throws Exception {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("service_request_id", "PA-ABCDEFGH");
        request.put("description", "Đèn\u0001 hỏng\u0000 ngõ\uFFFE 12\uD800 🚦\tvà\u000Bcột");
        String xml = Open311Document.xml("service_requests", "request", List.of(request));
        Document parsed = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                "Đèn\uFFFD hỏng\uFFFD ngõ\uFFFD 12\uFFFD 🚦\tvà\uFFFDcột",
                parsed.getElementsByTagName("description").item(0).getTextContent());
    }

    @Test
    void ordinaryTextIsWrittenAsItIs() {
        String text = "Rác thải tồn đọng\ncổng chợ 🚮";
        assertSame(text, Open311Document.xmlText(text));
    }
}

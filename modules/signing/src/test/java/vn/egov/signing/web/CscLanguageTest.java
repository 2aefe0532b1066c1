package vn.egov.signing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.egov.kernel.api.Settings;

/** The CSC API describes the service in the caller's language (Accept-Language), Vietnamese unless English is preferred. */
class CscLanguageTest {

    @Test
    void theServiceIsDescribedInTheCallersLanguage() {
        CscResource csc = new CscResource();
        csc.settings = new Settings() {
            private final Map<String, String> values = new HashMap<>();

            @Override
            public String get(String key, String defaultValue) {
                return values.getOrDefault(key, defaultValue);
            }

            @Override
            public void put(String key, String value) {
                values.put(key, value);
            }
        };
        CscJson.Info vietnamese = csc.info(accepting());
        assertEquals("Ký số từ xa UBND tỉnh Bắc Ninh", vietnamese.name());
        assertEquals("Dịch vụ ký số từ xa của UBND tỉnh Bắc Ninh", vietnamese.description());
        assertEquals("vi-VN", vietnamese.lang());
        assertEquals("vi-VN", csc.info(null).lang(), "no headers: Vietnamese");
        assertEquals(
                "vi-VN",
                csc.info(accepting(Locale.forLanguageTag("vi"), Locale.ENGLISH)).lang());

        CscJson.Info english = csc.info(accepting(Locale.forLanguageTag("en-GB"), Locale.forLanguageTag("vi")));
        assertEquals("Remote signing, UBND tỉnh Bắc Ninh", english.name());
        assertEquals("Remote signing service of UBND tỉnh Bắc Ninh", english.description());
        assertEquals("en", english.lang());
        assertEquals("2.0.0.0", english.specs());
    }

    /** Request headers whose Accept-Language prefers these languages, in this order. */
    private static HttpHeaders accepting(Locale... languages) {
        return (HttpHeaders) Proxy.newProxyInstance(
                HttpHeaders.class.getClassLoader(), new Class<?>[] {HttpHeaders.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getAcceptableLanguages")) {
                        return List.of(languages);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}

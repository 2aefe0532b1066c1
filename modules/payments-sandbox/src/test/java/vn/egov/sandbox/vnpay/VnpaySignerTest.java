package vn.egov.sandbox.vnpay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VnpaySignerTest {
    static final String SECRET = "SANDBOXSECRET0123456789ABCDEF";

    @Test
    void hmacMatchesOpenssl() {
        // Hard-coded from this machine's OpenSSL:
        // printf '%s' "vnp_Amount=15000000&vnp_Command=pay&vnp_TxnRef=HS-2025-000123" \
        //   | openssl dgst -sha512 -hmac "SANDBOXSECRET0123456789ABCDEF"
        String expected = "611c92af674267ad4319ca8371dcc9be6f846927fdd84e5362bb714e316b5c7b"
                + "bb40343fef3a8837c4d923abc741727709da483d24bcd07577832b8e22bc708c";
        assertEquals(
                expected,
                new VnpaySigner(SECRET).hmac("vnp_Amount=15000000&vnp_Command=pay&vnp_TxnRef=HS-2025-000123"));
    }

    @Test
    void redirectDataSortsEncodesAndDropsHashAndEmptyValues() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("vnp_TxnRef", "HS-1");
        p.put("vnp_OrderInfo", "Thanh toán lệ phí hồ sơ HS-1");
        p.put("vnp_Amount", "15000000");
        p.put("vnp_BankCode", "");
        p.put("vnp_SecureHash", "abc");
        p.put("vnp_SecureHashType", "HmacSHA512");
        p.put("other", "x");
        assertEquals(
                "vnp_Amount=15000000&vnp_OrderInfo=Thanh+to%C3%A1n+l%E1%BB%87+ph%C3%AD+h%E1%BB%93+s%C6%A1+HS-1"
                        + "&vnp_TxnRef=HS-1",
                VnpaySigner.redirectHashData(p));
    }

    @Test
    void pipeHashJoinsValuesWithEmptyForMissing() {
        VnpaySigner s = new VnpaySigner(SECRET);
        assertEquals(s.hmac("a||c"), s.pipeHash(Map.of("x", "a", "z", "c"), List.of("x", "y", "z")));
    }

    @Test
    void hashComparisonIgnoresCase() {
        assertTrue(VnpaySigner.hashEquals("abcdef", "ABCDEF"));
        assertFalse(VnpaySigner.hashEquals("abcdef", "abcdee"));
        assertFalse(VnpaySigner.hashEquals("abcdef", null));
    }

    @Test
    void amountsAreFormattedTheVietnameseWay() {
        assertEquals("150.000 ₫", SandboxGateway.formatVnd(150_000));
        assertEquals("1.250.000 ₫", SandboxGateway.formatVnd(1_250_000));
        assertEquals("500 ₫", SandboxGateway.formatVnd(500));
    }

    @Test
    void jsonRoundTrip() {
        Map<String, Object> m = JsonCodec.parseObject("{\"a\":\"x\\u00e1\\\"\",\"b\":12,\"c\":true,\"d\":null}");
        assertEquals("xá\"", m.get("a"));
        assertEquals("12", m.get("b").toString());
        assertEquals(Boolean.TRUE, m.get("c"));
        assertTrue(m.containsKey("d"));
        assertEquals(
                Map.of("k", "Lệ phí \"HS\" <1>"),
                JsonCodec.parseObject(JsonCodec.write(Map.of("k", "Lệ phí \"HS\" <1>"))));
    }
}

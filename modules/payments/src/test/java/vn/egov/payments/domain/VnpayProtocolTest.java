package vn.egov.payments.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The merchant side of VNPay 2.1.0: timestamps, amounts and signatures. */
class VnpayProtocolTest {

    private static final String SECRET = "TESTSECRETKEY0123456789ABCDEFGHIJ";

    @Test
    void hmacSha512MatchesRfc4231TestCase2() {
        assertEquals(
                "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554"
                        + "9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737",
                VnpayProtocol.hmacSha512("Jefe", "what do ya want for nothing?"));
    }

    @Test
    void hashDataSortsEncodesAndDropsEmptyValuesAndTheHash() {
        Map<String, String> params = new HashMap<>();
        params.put("vnp_TxnRef", "HS-1");
        params.put("vnp_OrderInfo", "Le phi ạ");
        params.put("vnp_BankCode", "");
        params.put("vnp_Amount", "15000000");
        params.put("vnp_Locale", null);
        params.put("vnp_SecureHash", "abc");
        params.put("vnp_SecureHashType", "HmacSHA512");
        assertEquals(
                "vnp_Amount=15000000&vnp_OrderInfo=Le+phi+%E1%BA%A1&vnp_TxnRef=HS-1", VnpayProtocol.hashData(params));
    }

    @Test
    void signedParametersVerify() {
        Map<String, String> params = payment();
        params.put("vnp_SecureHash", VnpayProtocol.sign(params, SECRET));
        assertTrue(VnpayProtocol.verify(params, SECRET));
        assertFalse(VnpayProtocol.verify(params, "another secret"));
    }

    @Test
    void aTamperedValueFailsVerification() {
        Map<String, String> params = payment();
        params.put("vnp_SecureHash", VnpayProtocol.sign(params, SECRET));
        params.put("vnp_Amount", "150000000");
        assertFalse(VnpayProtocol.verify(params, SECRET));
    }

    @Test
    void anUppercaseHashIsAccepted() {
        Map<String, String> params = payment();
        params.put("vnp_SecureHash", VnpayProtocol.sign(params, SECRET).toUpperCase(Locale.ROOT));
        params.put("vnp_SecureHashType", "HmacSHA512");
        assertTrue(VnpayProtocol.verify(params, SECRET));
    }

    @Test
    void aMissingHashFailsVerification() {
        Map<String, String> params = payment();
        assertFalse(VnpayProtocol.verify(params, SECRET));
        params.put("vnp_SecureHash", "");
        assertFalse(VnpayProtocol.verify(params, SECRET));
    }

    @Test
    void redirectUrlCarriesTheSortedParametersAndTheirHash() {
        // Expected hash computed once with OpenSSL 3.0.19 on the build machine:
        // printf '%s' '<hash data below>' | openssl dgst -sha512 -hmac 'TESTSECRETKEY0123456789ABCDEFGHIJ'
        String hashData = "vnp_Amount=15000000&vnp_Command=pay&vnp_CreateDate=20261202003005&vnp_CurrCode=VND"
                + "&vnp_ExpireDate=20261202004505&vnp_IpAddr=203.0.113.7&vnp_Locale=vn"
                + "&vnp_OrderInfo=Thanh+toan+le+phi+ho+so+HS-2026-000123&vnp_OrderType=other"
                + "&vnp_ReturnUrl=https%3A%2F%2Fdichvucong.example.gov.vn%2Fpayments%2Fvnpay%2Freturn"
                + "&vnp_TmnCode=DEMOV210&vnp_TxnRef=HS-2026-000123&vnp_Version=2.1.0";
        String opensslHash = "f4a3c8bd497b26483f22f62b542a9b6f8cf607b97a890d4066a3210f852a1ed4"
                + "39ec4dfe5f3edb69328795fb55ed17495981f68e026ca0d1cd691b5ed5df55ae";
        String base = "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html";
        assertEquals(
                base + "?" + hashData + "&vnp_SecureHash=" + opensslHash,
                VnpayProtocol.redirectUrl(base, payment(), SECRET));
    }

    @Test
    void timestampsAreInVietnamTime() {
        Instant instant = Instant.parse("2026-12-01T17:30:05Z");
        assertEquals("20261202003005", VnpayProtocol.timestamp(instant));
        assertEquals(instant, VnpayProtocol.parseTimestamp("20261202003005"));
    }

    @Test
    void badTimestampsAreRejected() {
        String[] bads = {
            null,
            "",
            "2026120200300",
            "202612020030050",
            "2026120200300x",
            "20261302003005",
            "20260230003005",
            "+2026120200300"
        };
        for (String bad : bads) {
            assertThrows(IllegalArgumentException.class, () -> VnpayProtocol.parseTimestamp(bad), bad);
        }
    }

    @Test
    void amountsAreSentInHundredthsOfADong() {
        assertEquals("15000000", VnpayProtocol.wireAmount(150_000));
        assertThrows(IllegalArgumentException.class, () -> VnpayProtocol.wireAmount(0));
        assertThrows(IllegalArgumentException.class, () -> VnpayProtocol.wireAmount(-1));
        assertThrows(ArithmeticException.class, () -> VnpayProtocol.wireAmount(Long.MAX_VALUE / 10));
    }

    @Test
    void amountsAreReadBackInWholeDong() {
        assertEquals(150_000, VnpayProtocol.vndFromWire("15000000"));
        assertEquals(0, VnpayProtocol.vndFromWire("0"));
        String[] bads = {null, "", "15000050", "-15000000", "+15000000", "1.5E7", " 100", "99999999999999999999"};
        for (String bad : bads) {
            assertThrows(IllegalArgumentException.class, () -> VnpayProtocol.vndFromWire(bad), bad);
        }
    }

    @Test
    void pipeHashJoinsFieldsWithBarsAndReadsNullAsEmpty() {
        String expected = VnpayProtocol.hmacSha512(SECRET, "REQ-1||DEMOV210");
        assertEquals(expected, VnpayProtocol.pipeHash(SECRET, "REQ-1", "", "DEMOV210"));
        assertEquals(expected, VnpayProtocol.pipeHash(SECRET, "REQ-1", null, "DEMOV210"));
    }

    @Test
    void verifyPipeIgnoresCaseAndRejectsNull() {
        String hash = VnpayProtocol.pipeHash(SECRET, "00", "Giao dich thanh cong");
        assertTrue(VnpayProtocol.verifyPipe(hash, SECRET, "00", "Giao dich thanh cong"));
        assertTrue(VnpayProtocol.verifyPipe(hash.toUpperCase(Locale.ROOT), SECRET, "00", "Giao dich thanh cong"));
        assertFalse(VnpayProtocol.verifyPipe(hash, SECRET, "24", "Giao dich thanh cong"));
        assertFalse(VnpayProtocol.verifyPipe(null, SECRET, "00", "Giao dich thanh cong"));
        assertFalse(VnpayProtocol.verifyPipe(hash.substring(1), SECRET, "00", "Giao dich thanh cong"));
    }

    /** A payment request as built for the redirect, in no particular order. */
    private static Map<String, String> payment() {
        Map<String, String> params = new HashMap<>();
        params.put("vnp_Version", "2.1.0");
        params.put("vnp_Command", "pay");
        params.put("vnp_TmnCode", "DEMOV210");
        params.put("vnp_Amount", "15000000");
        params.put("vnp_CurrCode", "VND");
        params.put("vnp_TxnRef", "HS-2026-000123");
        params.put("vnp_OrderInfo", "Thanh toan le phi ho so HS-2026-000123");
        params.put("vnp_OrderType", "other");
        params.put("vnp_Locale", "vn");
        params.put("vnp_ReturnUrl", "https://dichvucong.example.gov.vn/payments/vnpay/return");
        params.put("vnp_IpAddr", "203.0.113.7");
        params.put("vnp_CreateDate", "20261202003005");
        params.put("vnp_ExpireDate", "20261202004505");
        return params;
    }
}

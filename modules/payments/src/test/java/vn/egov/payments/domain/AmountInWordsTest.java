package vn.egov.payments.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Amounts read in Vietnamese words as printed on receipts. */
class AmountInWordsTest {

    @Test
    void readsUnitsAndTens() {
        assertEquals("Không đồng", AmountInWords.of(0));
        assertEquals("Một đồng", AmountInWords.of(1));
        assertEquals("Bốn đồng", AmountInWords.of(4));
        assertEquals("Năm đồng", AmountInWords.of(5));
        assertEquals("Mười đồng", AmountInWords.of(10));
        assertEquals("Mười một đồng", AmountInWords.of(11));
        assertEquals("Mười bốn đồng", AmountInWords.of(14));
        assertEquals("Mười lăm đồng", AmountInWords.of(15));
        assertEquals("Hai mươi đồng", AmountInWords.of(20));
        assertEquals("Hai mươi mốt đồng", AmountInWords.of(21));
        assertEquals("Hai mươi tư đồng", AmountInWords.of(24));
        assertEquals("Hai mươi lăm đồng", AmountInWords.of(25));
        assertEquals("Chín mươi chín đồng", AmountInWords.of(99));
    }

    @Test
    void readsHundreds() {
        assertEquals("Một trăm đồng", AmountInWords.of(100));
        assertEquals("Một trăm lẻ một đồng", AmountInWords.of(101));
        assertEquals("Một trăm lẻ năm đồng", AmountInWords.of(105));
        assertEquals("Một trăm mười đồng", AmountInWords.of(110));
        assertEquals("Một trăm mười lăm đồng", AmountInWords.of(115));
        assertEquals("Chín trăm chín mươi mốt đồng", AmountInWords.of(991));
    }

    @Test
    void readsGroupsBelowAHundredWithKhongTram() {
        assertEquals("Một nghìn đồng", AmountInWords.of(1_000));
        assertEquals("Một nghìn không trăm lẻ năm đồng", AmountInWords.of(1_005));
        assertEquals("Một nghìn không trăm năm mươi đồng", AmountInWords.of(1_050));
        assertEquals("Một triệu không trăm lẻ năm đồng", AmountInWords.of(1_000_005));
        assertEquals("Một triệu không trăm lẻ năm nghìn đồng", AmountInWords.of(1_005_000));
        assertEquals("Một tỷ không trăm năm mươi triệu đồng", AmountInWords.of(1_050_000_000));
    }

    @Test
    void skipsGroupsOfZeros() {
        assertEquals("Một triệu đồng", AmountInWords.of(1_000_000));
        assertEquals("Một triệu năm trăm đồng", AmountInWords.of(1_000_500));
        assertEquals("Hai tỷ đồng", AmountInWords.of(2_000_000_000L));
        assertEquals("Một tỷ không trăm lẻ một đồng", AmountInWords.of(1_000_000_001L));
    }

    @Test
    void readsTypicalFees() {
        assertEquals("Mười lăm nghìn đồng", AmountInWords.of(15_000));
        assertEquals("Một trăm năm mươi nghìn đồng", AmountInWords.of(150_000));
        assertEquals("Hai triệu năm trăm nghìn đồng", AmountInWords.of(2_500_000));
        assertEquals(
                "Một tỷ hai trăm ba mươi tư triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi đồng",
                AmountInWords.of(1_234_567_890));
    }

    @Test
    void readsAboveABillionRecursively() {
        assertEquals("Một nghìn tỷ đồng", AmountInWords.of(1_000_000_000_000L));
        assertEquals("Một triệu tỷ đồng", AmountInWords.of(1_000_000_000_000_000L));
        assertEquals("Một tỷ tỷ đồng", AmountInWords.of(1_000_000_000_000_000_000L));
        assertEquals("Mười hai nghìn tỷ không trăm lẻ năm đồng", AmountInWords.of(12_000_000_000_005L));
    }

    @Test
    void readsTheLargestLong() {
        String words = assertDoesNotThrow(() -> AmountInWords.of(Long.MAX_VALUE));
        assertEquals(
                "Chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi sáu tỷ"
                        + " tám trăm năm mươi tư triệu bảy trăm bảy mươi lăm nghìn tám trăm lẻ bảy đồng",
                words);
    }

    @Test
    void separatesWordsBySingleSpaces() {
        for (long n : new long[] {7, 10, 105, 1_050, 1_000_500, 20_000_000_010L, Long.MAX_VALUE}) {
            String words = AmountInWords.of(n);
            assertFalse(words.contains("  "), words);
            assertEquals(words.strip(), words);
            assertTrue(words.endsWith(" đồng"), words);
        }
    }

    @Test
    void rejectsNegativeAmounts() {
        assertThrows(IllegalArgumentException.class, () -> AmountInWords.of(-1));
        assertThrows(IllegalArgumentException.class, () -> AmountInWords.of(Long.MIN_VALUE));
    }
}

package vn.egov.kernel.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.egov.kernel.KernelRefusal;

class OrgUnitTest {

    @Test
    void aRenameKeepsTheOldNameForEarlierDates() {
        OrgUnit unit = new OrgUnit("SO-KHDT", "AGENCY", null, "Sở Kế hoạch và Đầu tư", LocalDate.of(1997, 1, 1));
        unit.rename("Sở Tài chính", LocalDate.of(2025, 3, 1));
        assertEquals("Sở Tài chính", unit.currentName());
        assertEquals(Optional.of("Sở Kế hoạch và Đầu tư"), unit.nameOn(LocalDate.of(2025, 2, 28)));
        assertEquals(Optional.of("Sở Tài chính"), unit.nameOn(LocalDate.of(2025, 3, 1)));
        assertEquals(2, unit.getNames().size());
        KernelRefusal early = assertThrows(
                KernelRefusal.class,
                () -> unit.rename("X", LocalDate.of(2025, 3, 1)),
                "a second rename must come after the first");
        assertEquals(400, early.status());
        assertEquals("Ngày đổi tên phải sau ngày 01/03/2025.", early.getMessage());
        assertEquals("The rename must take effect after 01/03/2025.", early.message(java.util.Locale.ENGLISH));
    }

    @Test
    void aMergedUnitEndsTheDayBeforeAndStaysReadable() {
        OrgUnit district = new OrgUnit("TD", "DISTRICT", null, "Huyện Tiên Du", LocalDate.of(1999, 8, 9));
        OrgUnit province = new OrgUnit("BN", "PROVINCE", null, "Tỉnh Bắc Ninh", LocalDate.of(1997, 1, 1));
        district.mergeInto(province, LocalDate.of(2025, 7, 1));
        assertEquals(LocalDate.of(2025, 6, 30), district.getValidTo());
        assertFalse(district.isActiveOn(LocalDate.of(2025, 7, 1)));
        assertTrue(district.isActiveOn(LocalDate.of(2025, 6, 30)));
        assertEquals(Optional.of("Huyện Tiên Du"), district.nameOn(LocalDate.of(2020, 1, 1)));
        assertEquals(Optional.empty(), district.nameOn(LocalDate.of(2025, 7, 1)));
        KernelRefusal ended =
                assertThrows(KernelRefusal.class, () -> district.rename("Thị xã Tiên Du", LocalDate.of(2026, 1, 1)));
        assertEquals(409, ended.status(), "the unit's recorded state forbids it");
        assertEquals("Đơn vị TD không còn hoạt động vào ngày 01/01/2026.", ended.getMessage());
        assertEquals(
                400,
                assertThrows(KernelRefusal.class, () -> province.mergeInto(province, LocalDate.of(2026, 1, 1)))
                        .status());
    }
}

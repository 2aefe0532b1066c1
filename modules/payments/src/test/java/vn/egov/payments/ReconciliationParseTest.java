package vn.egov.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.payments.domain.ProvinceDays;

/** The settlement file's format and the province's day boundaries (UTC+7). */
class ReconciliationParseTest {
    @Test
    void aSettlementFileIsReadLineByLine() {
        List<Reconciliation.Line> lines = Reconciliation.parse("transaction_no,txn_ref,kind,amount,pay_date,bank_code\n"
                + "14000002,TT-4DQKZY3FRV-2,payment,150000,20261202183358,NCB\n"
                + "14000007,TT-4DQKZY3FRV-2,refund,50000,20261202235959,NCB\n");
        assertEquals(2, lines.size());
        assertEquals("payment", lines.get(0).kind());
        assertEquals(150_000, lines.get(0).amount());
        assertEquals(
                OffsetDateTime.parse("2026-12-02T18:33:58+07:00").toInstant(),
                lines.get(0).paidAt().toInstant());
        assertEquals("refund", lines.get(1).kind());
    }

    @Test
    void aBadFileIsRefusedWhole() {
        String header = "transaction_no,txn_ref,kind,amount,pay_date,bank_code\n";
        for (String bad : List.of(
                header + "14000002,TT-1,chargeback,150000,20261202183358,NCB\n",
                header + "14000002,TT-1,payment,-5,20261202183358,NCB\n",
                header + "14000002,TT-1,payment,abc,20261202183358,NCB\n",
                header + "14000002,TT-1,payment,150000,2026-12-02,NCB\n",
                "transaction_no,txn_ref\n1,2\n")) {
            assertEquals(
                    400,
                    assertThrows(PaymentsRefusal.class, () -> Reconciliation.parse(bad))
                            .status(),
                    bad);
        }
    }

    @Test
    void aDayRunsFromMidnightToMidnightInVietnam() {
        LocalDate day = LocalDate.of(2026, 12, 31);
        assertEquals(
                OffsetDateTime.parse("2026-12-30T17:00:00Z").toInstant(),
                ProvinceDays.start(day).toInstant());
        assertEquals(
                OffsetDateTime.parse("2026-12-31T17:00:00Z").toInstant(),
                ProvinceDays.after(day).toInstant());
    }
}

package vn.egov.feedback.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.egov.kernel.api.FieldErrors;

class ReportDraftTest {

    @Test
    void aCompleteDraftPasses() {
        assertDoesNotThrow(() -> Drafts.pothole().check());
        assertEquals("0912345678", Drafts.pothole().normalisedPhone());
    }

    @Test
    void everyWrongFieldIsNamed() {
        ReportDraft bad = new ReportDraft(
                " ",
                "Ổ",
                "ngắn",
                "x".repeat(301),
                null,
                91.0,
                10.0,
                false,
                " ",
                "12345",
                "không-phải-email",
                true,
                Collections.nCopies(6, UUID.randomUUID()));
        FieldErrors errors = assertThrows(FieldErrors.class, bad::check);
        assertEquals(
                java.util.Set.of(
                        "category",
                        "title",
                        "description",
                        "address",
                        "location",
                        "contactName",
                        "contactPhone",
                        "contactEmail",
                        "photos"),
                errors.byField().keySet());
        assertTrue(
                errors.byField().get("title").contains("từ 5 đến 200"),
                errors.byField().get("title"));
        assertTrue(errors.byField().get("location").contains("vĩ độ"));
    }

    @Test
    void halfACoordinateAndNotANumberAreRefused() {
        var p = Drafts.pothole();
        var half = new ReportDraft(
                p.categoryCode(),
                p.title(),
                p.description(),
                null,
                null,
                21.0,
                null,
                true,
                null,
                null,
                null,
                false,
                null);
        assertEquals(
                "Vị trí cần cả vĩ độ và kinh độ.",
                assertThrows(FieldErrors.class, half::check).byField().get("location"));
        var nan = new ReportDraft(
                p.categoryCode(),
                p.title(),
                p.description(),
                null,
                null,
                Double.NaN,
                1.0,
                true,
                null,
                null,
                null,
                false,
                null);
        assertTrue(assertThrows(FieldErrors.class, nan::check).byField().containsKey("location"));
    }

    @Test
    void anAnonymousSenderNeedsNoContact() {
        var p = Drafts.pothole();
        var anonymous = new ReportDraft(
                p.categoryCode(),
                p.title(),
                p.description(),
                null,
                null,
                null,
                null,
                true,
                null,
                null,
                null,
                false,
                null);
        assertDoesNotThrow(anonymous::check);
        var named = new ReportDraft(
                p.categoryCode(),
                p.title(),
                p.description(),
                null,
                null,
                null,
                null,
                false,
                "Hoa",
                null,
                null,
                false,
                null);
        assertTrue(assertThrows(FieldErrors.class, named::check).byField().containsKey("contactPhone"));
    }
}

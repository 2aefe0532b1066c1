package vn.egov.procedures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;
import vn.egov.procedures.domain.PartKind;
import vn.egov.procedures.domain.Procedure;
import vn.egov.procedures.domain.ProcedurePart;

/** What a procedure version must state before it is published (the schema states the same limits). */
final class CatalogueRules {
    private CatalogueRules() {}

    static void check(Procedure.Facts f, List<Long> agencyIds, List<ProcedurePart> parts) {
        Map<String, Message> errors = new HashMap<>();
        if (f.code() == null || !f.code().matches("[0-9A-Za-z.\\-]{3,40}")) {
            errors.put("code", text("refusal.catalogue.codeInvalid"));
        }
        if (blank(f.name(), 500)) {
            errors.put("name", text("refusal.catalogue.nameInvalid"));
        }
        if (blank(f.fieldCode(), 40) || blank(f.fieldName(), 200)) {
            errors.put("field", text("refusal.catalogue.fieldInvalid"));
        }
        if (f.tier() == null || f.onlineLevel() == null || f.deadlineUnit() == null || f.feeTiming() == null) {
            errors.put("kind", text("refusal.catalogue.kindMissing"));
        }
        if (f.deadlineAmount() < 1 || f.deadlineAmount() > 365) {
            errors.put("deadline", text("refusal.catalogue.deadlineInvalid"));
        }
        if (blank(f.resultKind(), 300)
                || f.legalBasis() == null
                || f.legalBasis().isBlank()) {
            errors.put("result", text("refusal.catalogue.resultInvalid"));
        }
        if (agencyIds == null || agencyIds.isEmpty()) {
            errors.put("agencies", text("refusal.catalogue.agencyMissing"));
        }
        boolean hasFees = parts.stream().anyMatch(p -> p.getKind() == PartKind.FEE);
        if (hasFees == (f.feeTiming() == vn.egov.procedures.domain.FeeTiming.NONE)) {
            errors.put("fees", text("refusal.catalogue.feeTimingInvalid"));
        }
        int shares = parts.stream()
                .filter(p -> p.getKind() == PartKind.STEP)
                .mapToInt(p -> p.getSharePercent() == null ? 0 : p.getSharePercent())
                .sum();
        if (parts.stream().anyMatch(p -> p.getKind() == PartKind.STEP) && shares != 100) {
            errors.put("steps", text("refusal.catalogue.sharesInvalid", shares));
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.keyed(errors);
        }
    }

    private static boolean blank(String s, int max) {
        return s == null || s.isBlank() || s.length() > max;
    }

    private static Message text(String key, Object... args) {
        return Message.of(ProceduresModule.BUNDLE, key, args);
    }
}

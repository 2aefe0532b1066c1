package vn.egov.payments.domain;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.helpers.Cccd;
import vn.egov.kernel.api.helpers.InputText;
import vn.egov.payments.api.CaseReference;
import vn.egov.payments.api.FeeOrders.FeeLine;
import vn.egov.payments.api.FeeOrders.FeeOrderRequest;

/** A fee order request, checked field by field before an order is made of it. */
public record OrderDraft(
        CaseReference reference,
        String caseTitle,
        String payerUsername,
        String payerName,
        String payerIdNumber,
        String payerAddress,
        long agencyId,
        List<FeeLine> lines,
        OffsetDateTime dueAt) {
    private static final String BUNDLE = "i18n.payments";
    /** Highest total one order may ask for: 10 billion đồng. */
    public static final long MAX_TOTAL = 10_000_000_000L;

    /** The request, its texts normalised, or {@link FieldErrors} naming each field that does not hold. */
    public static OrderDraft of(FeeOrderRequest request) {
        Map<String, Message> errors = new LinkedHashMap<>();
        CaseReference ref = request.reference();
        if (ref == null
                || ref.module() == null
                || !ref.module().matches("[a-z][a-z0-9-]{0,39}")
                || ref.code() == null
                || ref.code().isBlank()
                || ref.code().length() > 100) {
            errors.put("reference", Message.of(BUNDLE, "order.reference"));
        }
        String name = text(request.payerName());
        if (name == null || name.length() > 200) {
            errors.put("payerName", Message.of(BUNDLE, "order.payerName"));
        }
        String id =
                request.payerIdNumber() == null ? "" : request.payerIdNumber().strip();
        if (!(id.matches("\\d{12}") && Cccd.problemWith(id).isEmpty()) && !id.matches("\\d{10}(-\\d{3})?")) {
            errors.put("payerIdNumber", Message.of(BUNDLE, "order.payerIdNumber"));
        }
        String address = text(request.payerAddress());
        if (address != null && address.length() > 300) {
            errors.put("payerAddress", Message.of(BUNDLE, "order.tooLong", 300));
        }
        String title = text(request.caseTitle());
        if (title != null && title.length() > 300) {
            errors.put("caseTitle", Message.of(BUNDLE, "order.tooLong", 300));
        }
        List<FeeLine> lines = request.lines() == null ? List.of() : request.lines();
        if (lines.isEmpty() || lines.size() > 50) {
            errors.put("lines", Message.of(BUNDLE, "order.lines"));
        }
        long total = 0;
        for (FeeLine line : lines) {
            if (line == null
                    || line.amount() <= 0
                    || line.kind() == null
                    || text(line.feeCode()) == null
                    || line.feeCode().strip().length() > 40
                    || text(line.name()) == null
                    || line.name().strip().length() > 300
                    || (line.legalBasis() != null && line.legalBasis().length() > 300)) {
                errors.put("lines", Message.of(BUNDLE, "order.line"));
                break;
            }
            total += Math.min(line.amount(), MAX_TOTAL + 1);
        }
        if (total > MAX_TOTAL) {
            errors.put("lines", Message.of(BUNDLE, "order.total"));
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.keyed(errors);
        }
        List<FeeLine> clean = lines.stream()
                .map(l -> new FeeLine(l.feeCode().strip(), text(l.name()), l.kind(), l.amount(), text(l.legalBasis())))
                .toList();
        return new OrderDraft(
                new CaseReference(ref.module(), ref.code().strip()),
                title,
                request.payerUsername(),
                name,
                id,
                address,
                request.agencyId(),
                clean,
                request.dueAt());
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return InputText.checked("text", value.strip());
    }
}

package vn.egov.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.helpers.InputText;
import vn.egov.payments.api.FeeCatalogue;
import vn.egov.payments.api.FeeOrders.FeeKind;
import vn.egov.payments.api.FeeOrders.FeeLine;
import vn.egov.payments.domain.FeeCode;
import vn.egov.payments.domain.OrderDraft;

/** The fee code catalogue: admins add and change codes (audited); modules read active ones. */
@ApplicationScoped
public class FeeCodes implements FeeCatalogue {
    @PersistenceContext(unitName = "payments")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** What an admin saves. */
    public record FeeForm(String code, String name, FeeKind kind, Long amount, String legalBasis, boolean active) {}

    @Transactional
    public FeeCode save(FeeForm f) {
        Map<String, Message> errors = new LinkedHashMap<>();
        String code = f.code() == null ? "" : f.code().strip().toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[A-Z0-9][A-Z0-9._-]{0,39}")) {
            errors.put("code", Message.of(PaymentsModule.BUNDLE, "fees.codeFormat"));
        }
        String name = text(f.name());
        if (name == null || name.length() > 300) {
            errors.put("name", Message.of(PaymentsModule.BUNDLE, "fees.name"));
        }
        if (f.kind() == null) {
            errors.put("kind", Message.of(PaymentsModule.BUNDLE, "fees.kind"));
        }
        if (f.amount() == null || f.amount() <= 0 || f.amount() > OrderDraft.MAX_TOTAL) {
            errors.put("amount", Message.of(PaymentsModule.BUNDLE, "fees.amount"));
        }
        String basis = text(f.legalBasis());
        if (basis == null || basis.length() > 300) {
            errors.put("basis", Message.of(PaymentsModule.BUNDLE, "fees.basis"));
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.keyed(errors);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String by = audit.currentOrigin().actor();
        FeeCode fee = em.find(FeeCode.class, code);
        boolean added = fee == null;
        if (added) {
            fee = new FeeCode(code, now, by);
            em.persist(fee);
        }
        fee.define(name, f.kind(), f.amount(), basis, f.active(), now, by);
        audit.record(
                added ? "payments.feeCodeAdded" : "payments.feeCodeChanged",
                "feeCode",
                code,
                name + "; " + f.kind() + "; " + f.amount() + " VND; " + basis + (f.active() ? "" : "; withdrawn"));
        return fee;
    }

    public List<FeeCode> all() {
        return em.createQuery("select f from FeeCode f order by f.code", FeeCode.class)
                .getResultList();
    }

    @Override
    public Optional<FeeLine> line(String feeCode) {
        return Optional.ofNullable(feeCode == null ? null : em.find(FeeCode.class, feeCode))
                .filter(FeeCode::isActive)
                .map(FeeCode::line);
    }

    @Override
    public List<FeeLine> active() {
        return all().stream().filter(FeeCode::isActive).map(FeeCode::line).toList();
    }

    /** Whether the code is in the catalogue but withdrawn (an order may not use it). */
    boolean withdrawn(String feeCode) {
        FeeCode fee = feeCode == null ? null : em.find(FeeCode.class, feeCode);
        return fee != null && !fee.isActive();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : InputText.checked("text", value.strip());
    }
}

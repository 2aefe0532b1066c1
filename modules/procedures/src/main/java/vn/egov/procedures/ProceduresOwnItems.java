package vn.egov.procedures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.OwnItem;
import vn.egov.kernel.api.OwnItems;
import vn.egov.procedures.domain.Dossier;
import vn.egov.procedures.domain.DossierStatus;

/** The citizen's dossiers on his own page: status, and what is asked of him now. */
@ApplicationScoped
public class ProceduresOwnItems implements OwnItems {
    @Inject
    DossierQueries queries;

    @Override
    public List<OwnItem> of(String username, int limit) {
        return queries.ofApplicant(username, limit).stream()
                .map(ProceduresOwnItems::item)
                .toList();
    }

    private static OwnItem item(Dossier d) {
        Message next = switch (d.getStatus()) {
            case DRAFT -> Message.of(ProceduresModule.BUNDLE, "own.next.draft");
            case SUPPLEMENT_REQUESTED -> Message.of(ProceduresModule.BUNDLE, "own.next.supplement");
            case FEE_REQUESTED -> Message.of(ProceduresModule.BUNDLE, "own.next.fee");
            case PROCESSED -> Message.of(ProceduresModule.BUNDLE, "own.next.result");
            default -> null;
        };
        return new OwnItem(
                "procedures",
                Message.of(ProceduresModule.BUNDLE, "own.kind"),
                d.getCode() == null ? "" : d.getCode(),
                d.getProcedure().getName(),
                Message.of(ProceduresModule.BUNDLE, "status." + d.getStatus().name()),
                d.getUpdatedAt(),
                next,
                d.getStatus() == DossierStatus.DRAFT
                        ? "/procedures/submit.xhtml?draft=" + d.getId()
                        : "/procedures/dossier.xhtml?code=" + d.getCode());
    }
}

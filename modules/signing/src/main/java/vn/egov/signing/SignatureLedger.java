package vn.egov.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.egov.kernel.api.Organisation;
import vn.egov.kernel.api.Role;
import vn.egov.kernel.api.helpers.DatabaseMoments;
import vn.egov.kernel.api.helpers.VietnameseDates;
import vn.egov.signing.api.DocumentSigned;
import vn.egov.signing.api.SigningFigures;

/**
 * Keeps one row per signed or sealed document, in the transaction that signed it (so a rolled-back
 * signature is not counted), and answers {@link SigningFigures} from them. A person's signature
 * counts for the agency where he is a leader, else the first agency where he works.
 */
@ApplicationScoped
public class SignatureLedger implements SigningFigures {

    @PersistenceContext(unitName = "signing")
    EntityManager entities;

    @Inject
    Organisation organisation;

    /** A Long written as a literal: EclipseLink would send a null parameter as text. */
    void signed(@Observes DocumentSigned fact) {
        Long agency = fact.sealed() ? fact.agencyId() : agencyOf(fact.signer());
        entities.createNativeQuery(
                        "insert into signing.signature_ledger(signed_at, kind, sealed, signer, agency_id, signed_sha256)"
                                + " values ("
                                + DatabaseMoments.literal(fact.signedAt().atOffset(java.time.ZoneOffset.UTC))
                                + ", ?1, ?2, ?3, " + (agency == null ? "null" : agency.toString()) + ", ?4)")
                .setParameter(1, fact.kind())
                .setParameter(2, fact.sealed())
                .setParameter(3, fact.sealed() ? null : fact.signer())
                .setParameter(4, fact.signedSha256())
                .executeUpdate();
    }

    private Long agencyOf(String username) {
        return organisation.agenciesOf(username).stream()
                .sorted(Comparator.comparing((Organisation.AgencyRole r) -> r.role() == Role.LEADER ? 0 : 1)
                        .thenComparing(r -> r.agency().id()))
                .map(r -> r.agency().id())
                .findFirst()
                .orElse(null);
    }

    @Override
    public List<AgencyFigures> of(LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("select agency_id, count(*) filter (where not sealed),"
                        + " count(*) filter (where sealed) from signing.signature_ledger where signed_at >= "
                        + DatabaseMoments.literal(
                                from.atStartOfDay(VietnameseDates.ZONE).toOffsetDateTime())
                        + " and signed_at < "
                        + DatabaseMoments.literal(to.plusDays(1)
                                .atStartOfDay(VietnameseDates.ZONE)
                                .toOffsetDateTime())
                        + " group by agency_id order by agency_id nulls last")
                .getResultList();
        List<AgencyFigures> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new AgencyFigures(
                    r[0] == null ? null : ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue()));
        }
        return out;
    }
}

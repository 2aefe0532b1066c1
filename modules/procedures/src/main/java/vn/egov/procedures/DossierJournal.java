package vn.egov.procedures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.Organisation;
import vn.egov.kernel.api.helpers.VietnameseDates;
import vn.egov.procedures.domain.Dossier;
import vn.egov.procedures.domain.DossierAction;
import vn.egov.procedures.domain.DossierPart;
import vn.egov.procedures.domain.DossierStatus;
import vn.egov.procedures.domain.Handover;
import vn.egov.procedures.domain.PortalMessage;
import vn.egov.procedures.domain.ProcedurePart;

/**
 * Records a dossier's step, in the step's transaction: a row of the control sheet, the audit entry,
 * the owner's notice where the step concerns him, and the national portal's messages (the whole
 * dossier, then the processing step) in the outbox.
 * Drafts are the citizen's own: they are neither journalled to the portal nor audited.
 */
@ApplicationScoped
public class DossierJournal {
    /** Looked up once: {@code Json.create…} looks the provider up through the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final DateTimeFormatter PORTAL_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    @PersistenceContext(unitName = "procedures")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Organisation organisation;

    @Inject
    Clock clock;

    @Inject
    DossierNotices notices;

    @Inject
    DossierQueries queries;

    /**
     * @param fromAgency the agency the actor acted for, null for the citizen
     * @param actor      who acted
     * @param note       what the control sheet says of it (reason, items asked, outcome), or null
     */
    public void record(Dossier dossier, DossierAction action, Long fromAgency, String actor, String note) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        em.persist(new Handover(dossier, action, fromAgency, actor, note, now));
        queries.stepTaken();
        audit.record(
                "procedures.dossier." + action.name().toLowerCase(java.util.Locale.ROOT),
                "dossier",
                dossier.getCode(),
                dossier.getStatus().name() + (note == null ? "" : ": " + note));
        if (dossier.getStatus() == DossierStatus.DRAFT || dossier.getCode() == null) {
            return;
        }
        em.createNativeQuery(
                        "insert into procedures.dossier_agency(dossier_id, agency_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, dossier.getId())
                .setParameter(2, dossier.getCurrentAgencyId())
                .executeUpdate();
        notices.stepTaken(dossier, action, note);
        em.persist(new PortalMessage(dossier.getId(), dossier.getCode(), "DOSSIER", full(dossier), now));
        em.persist(new PortalMessage(
                dossier.getId(),
                dossier.getCode(),
                "PROGRESS",
                progress(dossier, action, fromAgency, actor, note, now),
                now));
    }

    /** The portal's full dossier message (MaHoSo, MaTTHC, ... DanhSachHoSoBoSung). */
    String full(Dossier d) {
        List<DossierPart> parts = em.createQuery(
                        "select p from DossierPart p where p.dossierId = :id order by p.kind, p.position",
                        DossierPart.class)
                .setParameter("id", d.getId())
                .getResultList();
        JsonArrayBuilder submitted = JSON.createArrayBuilder();
        JsonArrayBuilder results = JSON.createArrayBuilder();
        for (DossierPart p : parts) {
            if (DossierPart.COMPONENT.equals(p.getKind())) {
                submitted.add(JSON.createObjectBuilder()
                        .add("TenTepDinhKem", p.getName())
                        .add("TepDinhKemId", p.getId())
                        .add("DuocSoHoa", p.isDigitised())
                        .add("DuocTaiSuDung", p.getReusedFrom() != null));
            } else if (DossierPart.RESULT.equals(p.getKind()) && p.isSigned()) {
                results.add(JSON.createObjectBuilder()
                        .add("TenGiayTo", p.getName())
                        .add("GiayToId", p.getId())
                        .add("KetQuaDienTu", true)
                        .add("KySo", true));
            }
        }
        JsonArrayBuilder fees = JSON.createArrayBuilder();
        for (ProcedurePart f : d.getProcedure().getFees()) {
            fees.add(JSON.createObjectBuilder()
                    .add("MaLePhi", f.getFeeCode())
                    .add("TenLePhi", f.getName())
                    .add("Phi", f.getAmount()));
        }
        JsonArrayBuilder supplements = JSON.createArrayBuilder();
        List<Handover> asked = em.createQuery(
                        "select h from Handover h where h.dossierId = :id and h.action in :asks order by h.id",
                        Handover.class)
                .setParameter("id", d.getId())
                .setParameter("asks", List.of(DossierAction.REQUEST_SUPPLEMENT, DossierAction.ASK_COMPLETION))
                .getResultList();
        for (Handover h : asked) {
            supplements.add(JSON.createObjectBuilder()
                    .add("NgayYeuCau", time(h.getAt()))
                    .add("NoiDungYeuCau", h.getNote() == null ? "" : h.getNote()));
        }
        JsonObjectBuilder o = JSON.createObjectBuilder()
                .add("MaHoSo", d.getCode())
                .add("SoBienNhan", d.getCode())
                .add("MaTTHC", d.getProcedureCode())
                .add("TenTTHC", d.getProcedure().getName())
                .add("MaLinhVuc", d.getProcedure().getFieldCode())
                .add("TenLinhVuc", d.getProcedure().getFieldName())
                .add("ChuHoSo", d.getOwnerName())
                .add("LoaiDoiTuong", d.isBusiness() ? 2 : 1)
                .add("MaDoiTuong", d.getOwnerIdNumber())
                .add("Email", nz(d.getOwnerEmail()))
                .add("SoDienThoai", nz(d.getOwnerPhone()))
                .add("TrichYeuHoSo", d.getSummary())
                .add("NgayTiepNhan", time(d.getReceivedAt()))
                .add("NgayHenTra", time(d.getDueAt()))
                .add("TrangThaiHoSo", d.getStatus().portalCode())
                .add("NgayTra", time(d.getReturnedAt()))
                .add("NgayKetThucXuLy", time(d.getCompletedAt()))
                .add("HinhThuc", d.getResultDelivery().ordinal())
                .add("DonViXuLy", name(d.getAgencyId()))
                .add("KenhThucHien", d.getChannel().portalCode())
                .add("ThanhToanTrucTuyen", d.getFeeOrderCode() != null)
                .add("TaiLieuNop", submitted)
                .add("DanhSachGiayToKetQua", results)
                .add("DanhSachLePhi", fees)
                .add("DanhSachHoSoBoSung", supplements);
        return o.build().toString();
    }

    private String progress(
            Dossier d, DossierAction action, Long fromAgency, String actor, String note, OffsetDateTime now) {
        return JSON.createObjectBuilder()
                .add("MaHoSo", d.getCode())
                .add("NguoiXuLy", actor)
                .add("ChucDanh", nz(d.getCurrentRole()))
                .add("ThoiDiemXuLy", time(now))
                .add("PhongBanXuLy", fromAgency == null ? "" : name(fromAgency))
                .add("NoiDungXuLy", action.name() + (note == null ? "" : ": " + note))
                .add("TrangThai", d.getStatus().portalCode())
                .add("NgayBatDau", time(d.getReceivedAt() != null ? d.getReceivedAt() : d.getSubmittedAt()))
                .add("NgayKetThucTheoQuyDinh", time(d.getDueAt()))
                .build()
                .toString();
    }

    private String name(long agencyId) {
        return organisation.unit(agencyId).map(OrgUnitView::name).orElse(String.valueOf(agencyId));
    }

    private static String time(OffsetDateTime t) {
        return t == null ? "" : PORTAL_TIME.format(t.atZoneSameInstant(VietnameseDates.ZONE));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

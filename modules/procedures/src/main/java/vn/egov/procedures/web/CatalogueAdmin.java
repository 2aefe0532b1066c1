package vn.egov.procedures.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.Caller;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.Organisation;
import vn.egov.kernel.api.Refusal;
import vn.egov.kernel.api.helpers.PageMessages;
import vn.egov.kernel.api.helpers.VietnameseDates;
import vn.egov.procedures.Catalogue;
import vn.egov.procedures.CatalogueCsv;
import vn.egov.procedures.Desks;
import vn.egov.procedures.ProceduresModule;
import vn.egov.procedures.domain.Desk;
import vn.egov.procedures.domain.Procedure;

/**
 * The admins' catalogue page ({@code /admin/procedures/catalogue.xhtml}): the procedures in force,
 * every version of one, the CSV export and import (new versions from their effective dates), and
 * which one-stop desk receives each agency's dossiers.
 */
@Named
@ViewScoped
public class CatalogueAdmin implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Catalogue catalogue;

    @Inject
    Desks desks;

    @Inject
    Organisation organisation;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    private transient Part file;
    private String history;
    private Long deskAgency;
    private Long deskUnit;
    private String identifierCode;

    public List<Procedure> getProcedures() {
        return catalogue.inForce();
    }

    public List<Procedure> getVersions() {
        return history == null ? List.of() : catalogue.history(history);
    }

    public List<Desk> getDesks() {
        return desks.all();
    }

    public void importCsv() {
        if (file == null || file.getSize() == 0) {
            PageMessages.error(PageMessages.text(ProceduresModule.BUNDLE, "admin.chooseFile"));
            return;
        }
        try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            List<CatalogueCsv.Row> rows = CatalogueCsv.read(
                    in,
                    code -> organisation.unitByCode(code).map(OrgUnitView::id).orElse(null),
                    LocalDate.now(clock.withZone(VietnameseDates.ZONE)));
            int n = catalogue.publishAll(rows, caller.username());
            PageMessages.info(PageMessages.text(ProceduresModule.BUNDLE, "admin.imported", n));
        } catch (FieldErrors e) {
            PageMessages.show("import", e);
        } catch (Refusal e) {
            PageMessages.error(e);
        } catch (IOException e) {
            PageMessages.error(PageMessages.text(ProceduresModule.BUNDLE, "refusal.catalogue.csvUnreadable"));
        }
    }

    public void saveDesk() {
        if (deskAgency == null
                || deskUnit == null
                || identifierCode == null
                || !identifierCode.strip().matches("[0-9A-Z.]{3,20}")) {
            PageMessages.error(PageMessages.text(ProceduresModule.BUNDLE, "admin.deskInvalid"));
            return;
        }
        desks.save(new Desk(deskAgency, deskUnit, identifierCode.strip()));
        audit.record("procedures.desk.saved", "agency", deskAgency, "desk " + deskUnit + ", " + identifierCode.strip());
        PageMessages.info(PageMessages.text(ProceduresModule.BUNDLE, "admin.deskSaved"));
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getHistory() {
        return history;
    }

    public void setHistory(String history) {
        this.history = history;
    }

    public Long getDeskAgency() {
        return deskAgency;
    }

    public void setDeskAgency(Long deskAgency) {
        this.deskAgency = deskAgency;
    }

    public Long getDeskUnit() {
        return deskUnit;
    }

    public void setDeskUnit(Long deskUnit) {
        this.deskUnit = deskUnit;
    }

    public String getIdentifierCode() {
        return identifierCode;
    }

    public void setIdentifierCode(String identifierCode) {
        this.identifierCode = identifierCode;
    }
}

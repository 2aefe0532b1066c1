package vn.egov.procedures.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.egov.procedures.Catalogue;
import vn.egov.procedures.domain.Procedure;

/** A procedure's plain-language page ({@code /procedures/procedure.xhtml?code=1.001193}). */
@Named
@RequestScoped
public class ProcedureView {
    @Inject
    Catalogue catalogue;

    private String code;
    private Procedure procedure;
    private boolean looked;

    public void load() {
        looked = true;
        procedure = catalogue.current(code).orElse(null);
    }

    public Procedure getProcedure() {
        return procedure;
    }

    public boolean isLooked() {
        return looked;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}

package vn.egov.procedures.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.egov.procedures.DossierQueries;
import vn.egov.procedures.domain.Dossier;

/**
 * The public lookup ({@code /procedures/lookup.xhtml?code=...}, the receipt slip's QR code): with the
 * owner's CCCD (or tax code) or phone, anyone sees where the dossier stands, without signing in.
 */
@Named
@RequestScoped
public class DossierLookup {
    @Inject
    DossierQueries queries;

    private String code;
    private String proof;
    private Dossier dossier;
    private boolean looked;

    public void find() {
        if (code != null && !code.isBlank() && proof != null && !proof.isBlank()) {
            looked = true;
            dossier = queries.lookup(code, proof).orElse(null);
        }
    }

    public Dossier getDossier() {
        return dossier;
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

    public String getProof() {
        return proof;
    }

    public void setProof(String proof) {
        this.proof = proof;
    }
}

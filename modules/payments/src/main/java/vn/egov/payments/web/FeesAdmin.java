package vn.egov.payments.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Refusal;
import vn.egov.kernel.api.helpers.PageMessages;
import vn.egov.payments.FeeCodes;
import vn.egov.payments.PaymentsModule;
import vn.egov.payments.api.FeeOrders.FeeKind;
import vn.egov.payments.domain.FeeCode;

/** Admins keep the fee codes: add one, or load one into the form, change it and save. */
@Named
@ViewScoped
public class FeesAdmin implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    FeeCodes fees;

    private String code;
    private String name;
    private String kind = FeeKind.CHARGE.name();
    private Long amount;
    private String legalBasis;
    private boolean active = true;

    public List<FeeCode> getAll() {
        return fees.all();
    }

    public FeeKind[] getKinds() {
        return FeeKind.values();
    }

    /** Loads a code into the form to change it. */
    public void edit(FeeCode f) {
        code = f.getCode();
        name = f.getName();
        kind = f.getKind().name();
        amount = f.getAmount();
        legalBasis = f.getLegalBasis();
        active = f.isActive();
    }

    public String save() {
        try {
            fees.save(new FeeCodes.FeeForm(code, name, FeeKind.valueOf(kind), amount, legalBasis, active));
            PageMessages.info(PageMessages.text(PaymentsModule.BUNDLE, "fees.saved"));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/admin/payments/fees.xhtml?faces-redirect=true";
        } catch (FieldErrors e) {
            PageMessages.show("fee", e);
        } catch (Refusal r) {
            PageMessages.error(r);
        }
        return null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}

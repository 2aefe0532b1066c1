package vn.egov.procedures.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.kernel.api.Accounts;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Refusal;
import vn.egov.kernel.api.helpers.PageMessages;
import vn.egov.procedures.Catalogue;
import vn.egov.procedures.DossierIntake;
import vn.egov.procedures.domain.Channel;
import vn.egov.procedures.domain.Dossier;
import vn.egov.procedures.domain.Procedure;
import vn.egov.procedures.domain.ResultDelivery;

/**
 * The one-stop desk's intake of a dossier brought in person or by post
 * ({@code /office/procedures/walkin.xhtml?code=...}): the procedure, the owner found by his CCCD (or
 * typed), the form; then the dossier page, where its components are scanned and it is received.
 */
@Named
@ViewScoped
public class WalkInDesk implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Catalogue catalogue;

    @Inject
    DossierIntake intake;

    @Inject
    Accounts accounts;

    @Inject
    vn.egov.kernel.api.Caller caller;

    private String code;
    private Long agencyId;
    private boolean business;
    private String ownerName;
    private String ownerId;
    private String phone;
    private String email;
    private String address;
    private String summary;
    private Channel channel = Channel.IN_PERSON;
    private ResultDelivery delivery = ResultDelivery.DESK;
    private final Map<String, String> fields = new LinkedHashMap<>();

    private transient Procedure procedure;

    public Procedure getProcedure() {
        if (procedure == null && code != null) {
            procedure = catalogue.current(code).orElse(null);
        }
        return procedure;
    }

    public List<Procedure> getProcedures() {
        return catalogue.inForce();
    }

    /** Fills the owner's name, phone and e-mail from the account registered with the CCCD typed. */
    public void findOwner() {
        accounts.byCccd(ownerId)
                .ifPresentOrElse(
                        a -> {
                            ownerName = a.displayName();
                            phone = a.phone();
                            email = a.email();
                            PageMessages.info(PageMessages.text(
                                    vn.egov.procedures.ProceduresModule.BUNDLE, "walkIn.found", a.displayName()));
                        },
                        () -> PageMessages.info(
                                PageMessages.text(vn.egov.procedures.ProceduresModule.BUNDLE, "walkIn.notFound")));
    }

    public String record() {
        try {
            Dossier d = intake.walkIn(
                    caller.username(),
                    new DossierIntake.WalkInOwner(business, ownerName, ownerId, phone, email, address),
                    new DossierIntake.DossierForm(code, agencyId, summary, fields, delivery, phone, email, address),
                    channel);
            return "/office/procedures/dossier.xhtml?faces-redirect=true&code=" + d.getCode();
        } catch (FieldErrors e) {
            PageMessages.show("walkIn", e);
        } catch (Refusal e) {
            PageMessages.error(e);
        }
        return null;
    }

    public Channel[] getChannels() {
        return new Channel[] {Channel.IN_PERSON, Channel.POST};
    }

    public ResultDelivery[] getDeliveries() {
        return ResultDelivery.values();
    }

    public Map<String, String> getFields() {
        return fields;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public boolean isBusiness() {
        return business;
    }

    public void setBusiness(boolean business) {
        this.business = business;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName;
    }

    public String getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(String ownerId) {
        this.ownerId = ownerId;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public ResultDelivery getDelivery() {
        return delivery;
    }

    public void setDelivery(ResultDelivery delivery) {
        this.delivery = delivery;
    }
}

package vn.egov.kernel.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.egov.kernel.account.AccountRegistry;
import vn.egov.kernel.account.CitizenRegistration;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;

/** Citizen self-registration; every problem is shown beside its field and nothing is saved. */
@Named
@RequestScoped
public class Registration {
    @Inject
    AccountRegistry accounts;

    private String username;
    private String fullName;
    private String cccd;
    private String email;
    private String phone;
    private String password;
    private String passwordConfirmation;

    public String submit() {
        try {
            accounts.registerCitizen(new CitizenRegistration(
                    trim(username), fullName, trim(cccd), trim(email), trim(phone), password, passwordConfirmation));
        } catch (FieldErrors errors) {
            Message throttled = errors.messages().get("register");
            if (throttled != null) {
                Messages.error(throttled.onPage()); // about the whole form, not a field: shown at the top
            } else {
                Messages.show("register", errors);
            }
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info("register.done");
        return "/login.xhtml?faces-redirect=true";
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getCccd() {
        return cccd;
    }

    public void setCccd(String cccd) {
        this.cccd = cccd;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordConfirmation() {
        return passwordConfirmation;
    }

    public void setPasswordConfirmation(String passwordConfirmation) {
        this.passwordConfirmation = passwordConfirmation;
    }
}

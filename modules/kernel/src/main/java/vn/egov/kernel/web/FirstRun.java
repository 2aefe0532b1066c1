package vn.egov.kernel.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.setup.FirstAdministrator;

/** The first-run page ({@code /setup.xhtml?token=...}): creates the first administrator, once. */
@Named
@ViewScoped
public class FirstRun implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    FirstAdministrator firstAdministrator;

    private String token;
    private Boolean open;
    private String provinceCode;
    private String provinceName;
    private String username;
    private String displayName;
    private String email;
    private String password;
    private String passwordConfirmation;

    /** Whether the link may be used: the current one, in time, and no administrator yet. */
    public boolean isOpen() {
        if (open == null) {
            open = firstAdministrator.accepts(token);
        }
        return open;
    }

    /** Whether the form asks for the province too: the organisation tree is still empty. */
    public boolean isProvinceNeeded() {
        return firstAdministrator.provinceNeeded();
    }

    public String submit() {
        try {
            firstAdministrator.create(
                    token,
                    new FirstAdministrator.Setup(
                            provinceCode,
                            provinceName,
                            trim(username),
                            displayName,
                            trim(email),
                            password,
                            passwordConfirmation));
        } catch (FieldErrors errors) {
            Messages.show("setup", errors);
            return null;
        } catch (vn.egov.kernel.KernelRefusal linkRefused) {
            open = false;
            vn.egov.kernel.api.helpers.PageMessages.error(linkRefused);
            return null;
        }
        jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getFlash()
                .setKeepMessages(true);
        Messages.info("setup.done");
        return "/login.xhtml?faces-redirect=true";
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public String getProvinceName() {
        return provinceName;
    }

    public void setProvinceName(String provinceName) {
        this.provinceName = provinceName;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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

package vn.egov.kernel.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The login form. A failure says the same thing whatever went wrong, so accounts cannot be probed. */
@Named
@RequestScoped
public class Login {
    @Inject
    SecurityContext security;

    private String username;
    private String password;
    private String next;

    public void submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            Messages.error(Messages.text(faces, "login.required"));
            return;
        }
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username.trim(), password)));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + target());
            faces.responseComplete();
        } else {
            Messages.error(Messages.text(faces, "login.failed"));
        }
    }

    /** The page asked for before login, if it is a local path; else the user's home. */
    String target() {
        if (next != null
                && next.startsWith("/")
                && !next.startsWith("//")
                && !next.contains("\\")
                && !next.startsWith("/login")) {
            return next;
        }
        return Shell.homeOf(security);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}

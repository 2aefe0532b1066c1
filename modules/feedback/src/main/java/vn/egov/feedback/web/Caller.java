package vn.egov.feedback.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import vn.egov.kernel.api.ClientAddress;

/** The person behind the current request: account name if signed in, and the client's address. */
@RequestScoped
public class Caller {
    @Inject
    SecurityContext security;

    /** The signed-in account's name, or null for an anonymous visitor. */
    public String username() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public String address() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null ? null : ClientAddress.of((HttpServletRequest) faces.getExternalContext().getRequest());
    }
}

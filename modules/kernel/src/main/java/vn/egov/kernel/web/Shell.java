package vn.egov.kernel.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import vn.egov.kernel.account.AccountRegistry;
import vn.egov.kernel.api.HomeTile;
import vn.egov.kernel.api.MenuEntry;
import vn.egov.kernel.api.Role;
import vn.egov.kernel.modules.ModuleRegistry;

/** What the page shell shows: who is signed in, the menus and home tiles of the switched-on modules. */
@Named
@RequestScoped
public class Shell {
    @Inject
    SecurityContext security;

    @Inject
    ModuleRegistry modules;

    @Inject
    AccountRegistry accounts;

    @Inject
    Language language;

    private String displayName;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getDisplayName() {
        if (displayName == null && isSignedIn()) {
            String name = security.getCallerPrincipal().getName();
            displayName = accounts.byUsername(name).map(a -> a.getDisplayName()).orElse(name);
        }
        return displayName;
    }

    public boolean has(String role) {
        return security.isCallerInRole(role);
    }

    public boolean isStaff() {
        return has(Role.OFFICER.name()) || has(Role.LEADER.name()) || has(Role.ADMIN.name());
    }

    public boolean isAdmin() {
        return has(Role.ADMIN.name());
    }

    /**
     * The audience's entries; a citizen's own pages ({@code /me/...}, which only citizens may open)
     * are left out for someone signed in without the citizen role, and kept for visitors, whom
     * they take to the login page.
     */
    public List<MenuEntry> menu(String audience) {
        List<MenuEntry> entries = modules.menu(MenuEntry.Audience.valueOf(audience));
        if (!isSignedIn() || has(Role.CITIZEN.name())) {
            return entries;
        }
        return entries.stream().filter(e -> !e.path().startsWith("/me/")).toList();
    }

    public List<HomeTile> tiles(String audience) {
        return modules.tiles(MenuEntry.Audience.valueOf(audience));
    }

    public boolean isEnglish() {
        return "en".equals(language.getTag());
    }

    /** Where a signed-in user starts: administrators in /admin, staff in /office, citizens on their own page /me/. */
    public static String homeOf(SecurityContext security) {
        if (security.isCallerInRole(Role.ADMIN.name())) {
            return "/admin/";
        }
        if (security.isCallerInRole(Role.OFFICER.name()) || security.isCallerInRole(Role.LEADER.name())) {
            return "/office/";
        }
        return "/me/";
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
    }
}

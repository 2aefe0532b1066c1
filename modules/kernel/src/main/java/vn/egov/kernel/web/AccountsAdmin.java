package vn.egov.kernel.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.egov.kernel.account.Account;
import vn.egov.kernel.account.AccountRegistry;
import vn.egov.kernel.account.Membership;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.Organisation;
import vn.egov.kernel.api.Role;

/** Accounts, staff creation and roles per agency. */
@Named
@ViewScoped
public class AccountsAdmin implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    AccountRegistry accounts;

    @Inject
    Organisation organisation;

    private List<Account> all;
    private String username;
    private String displayName;
    private String email;
    private String password;
    private Long grantAccount;
    private Long grantUnit;
    private Role grantRole = Role.OFFICER;

    @PostConstruct
    void load() {
        all = accounts.all();
    }

    /** A role held in a unit, as the accounts list shows it (the unit's name is Vietnamese on every page). */
    public record HeldRole(String role, String unit) {}

    public java.util.List<HeldRole> roles(Account account) {
        Map<Long, String> names = organisation.agenciesOf(account.getUsername()).stream()
                .collect(Collectors.toMap(a -> a.agency().id(), a -> a.agency().name(), (a, b) -> a));
        return accounts.memberships(account.getId()).stream()
                .map(m -> new HeldRole(
                        Messages.text(FacesContext.getCurrentInstance(), "role." + m.getRole()),
                        names.getOrDefault(m.getUnitId(), String.valueOf(m.getUnitId()))))
                .toList();
    }

    public boolean locked(Account account) {
        return account.isLockedAt(clock.instant());
    }

    public List<Account> getStaff() {
        return all.stream().filter(a -> a.getKind() == Account.Kind.STAFF).toList();
    }

    public List<OrgUnitView> getUnits() {
        return descendants(null);
    }

    private List<OrgUnitView> descendants(Long parent) {
        var out = new java.util.ArrayList<OrgUnitView>();
        for (OrgUnitView u : organisation.children(parent)) {
            if (u.active()) {
                out.add(u);
            }
            out.addAll(descendants(u.id()));
        }
        return out;
    }

    public Role[] getStaffRoles() {
        return new Role[] {Role.OFFICER, Role.LEADER, Role.ADMIN};
    }

    public void createStaff() {
        try {
            accounts.createStaff(username, displayName, email, password);
            Messages.info("common.saved");
            username = null;
            displayName = null;
            email = null;
            load();
        } catch (FieldErrors e) {
            Messages.show("staff", e);
        } finally {
            password = null;
        }
    }

    public void grant() {
        try {
            accounts.grant(grantAccount, grantUnit, grantRole);
            Messages.info("common.saved");
        } catch (RuntimeException e) {
            Messages.error(OrganisationAdmin.rootMessage(e));
        }
    }

    public void revoke(Membership m) {
        accounts.revoke(m.getId());
        load();
    }

    public void toggle(Account account) {
        try {
            accounts.setEnabled(account.getId(), !account.isEnabled());
            Messages.info("common.saved");
        } catch (RuntimeException e) {
            Messages.error(OrganisationAdmin.rootMessage(e));
        }
        load();
    }

    public List<Account> getAll() {
        return all;
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

    public Long getGrantAccount() {
        return grantAccount;
    }

    public void setGrantAccount(Long grantAccount) {
        this.grantAccount = grantAccount;
    }

    public Long getGrantUnit() {
        return grantUnit;
    }

    public void setGrantUnit(Long grantUnit) {
        this.grantUnit = grantUnit;
    }

    public Role getGrantRole() {
        return grantRole;
    }

    public void setGrantRole(Role grantRole) {
        this.grantRole = grantRole;
    }
}

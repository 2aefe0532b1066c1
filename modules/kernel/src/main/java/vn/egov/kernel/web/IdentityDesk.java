package vn.egov.kernel.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.egov.kernel.account.Account;
import vn.egov.kernel.account.AccountRegistry;
import vn.egov.kernel.api.Caller;
import vn.egov.kernel.api.Refusal;
import vn.egov.kernel.api.Role;

/**
 * The one-stop desk's identity check: an officer finds a citizen's account by user name or CCCD,
 * compares its number and name with the card the citizen shows, and records that he did.
 */
@Named
@ViewScoped
public class IdentityDesk implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AccountRegistry accounts;

    @Inject
    Caller caller;

    private String query;
    private boolean cardChecked;
    private transient List<Account> found;

    public void find() {
        found = accounts.citizensBy(query);
        if (found.isEmpty()) {
            Messages.error(Messages.text(FacesContext.getCurrentInstance(), "identity.notFound"));
        }
    }

    public void verify(Account account) {
        if (!caller.hasRole(Role.OFFICER)) {
            Messages.error(Messages.text(FacesContext.getCurrentInstance(), "identity.officersOnly"));
            return;
        }
        if (!cardChecked) {
            Messages.error(Messages.text(FacesContext.getCurrentInstance(), "identity.checkFirst"));
            return;
        }
        try {
            accounts.verifyIdentity(account.getId(), caller.username());
            Messages.info("identity.verified");
        } catch (Refusal refused) {
            Messages.error(refused);
        } finally {
            cardChecked = false; // each verification is confirmed on its own
        }
        find();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public boolean isCardChecked() {
        return cardChecked;
    }

    public void setCardChecked(boolean cardChecked) {
        this.cardChecked = cardChecked;
    }

    public List<Account> getFound() {
        return found == null ? List.of() : found;
    }
}

package vn.egov.kernel.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.egov.kernel.account.Account;
import vn.egov.kernel.account.AccountRegistry;
import vn.egov.kernel.api.Caller;
import vn.egov.kernel.api.ModuleDescriptor;
import vn.egov.kernel.api.OwnItem;
import vn.egov.kernel.api.OwnItems;
import vn.egov.kernel.modules.ModuleRegistry;

/**
 * The citizen's own page ({@code /me/}): his account, and one list of everything of his across the
 * switched-on modules, newest first, each with its status and what is asked of him next.
 */
@Named
@RequestScoped
public class MyPage {
    /** Items taken from each module; the page shows the newest of them all. */
    static final int PER_MODULE = 100;

    private static final Logger LOG = Logger.getLogger(MyPage.class.getName());

    @Inject
    Caller caller;

    @Inject
    AccountRegistry accounts;

    @Inject
    ModuleRegistry modules;

    @Inject
    @Any
    Instance<OwnItems> sources;

    private List<OwnItem> items;
    private boolean incomplete;

    public Optional<Account> getAccount() {
        return accounts.byUsername(caller.username());
    }

    public List<OwnItem> getItems() {
        if (items == null) {
            Set<String> off =
                    modules.disabled().stream().map(ModuleDescriptor::id).collect(Collectors.toSet());
            List<OwnItem> all = new ArrayList<>();
            for (OwnItems source : sources) {
                try {
                    source.of(caller.username(), PER_MODULE).stream()
                            .filter(i -> !off.contains(i.module()))
                            .forEach(all::add);
                } catch (RuntimeException e) {
                    // one module's failure must not hide the others' items; the page says the list is partial
                    incomplete = true;
                    LOG.log(Level.WARNING, "A module could not list a citizen's items", e);
                }
            }
            all.sort(Comparator.comparing(
                    OwnItem::updatedAt, Comparator.nullsLast(Comparator.<OffsetDateTime>reverseOrder())));
            items = all;
        }
        return items;
    }

    /** Whether a module failed to answer, so that the list may lack some of his things. */
    public boolean isIncomplete() {
        getItems();
        return incomplete;
    }

    /** How many items ask something of him now. */
    public long getWaitingOnMe() {
        return getItems().stream().filter(i -> i.nextStep() != null).count();
    }
}

package vn.egov.procedures.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.egov.procedures.PortalSender;
import vn.egov.procedures.domain.PortalMessage;

/** The national portal's outbox for admins ({@code /admin/procedures/portal.xhtml}): waiting, failed, sent, and the count check. */
@Named
@RequestScoped
public class PortalAdmin {
    @Inject
    PortalSender sender;

    private PortalSender.Counts counts;

    public PortalSender.Counts getCounts() {
        if (counts == null) {
            counts = sender.counts();
        }
        return counts;
    }

    public boolean isConfigured() {
        return sender.configured();
    }

    public List<PortalMessage> getWaiting() {
        return sender.list(false, 100);
    }

    public List<PortalMessage> getSent() {
        return sender.list(true, 50);
    }
}

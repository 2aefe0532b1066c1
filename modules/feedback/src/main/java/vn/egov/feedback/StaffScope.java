package vn.egov.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;
import vn.egov.feedback.domain.FeedbackReport;
import vn.egov.kernel.api.Organisation;
import vn.egov.kernel.api.Role;
import vn.egov.kernel.api.Settings;

/** Who may do what to a report: officers work in their own agencies, leaders approve there, the screening desk screens. */
@ApplicationScoped
public class StaffScope {
    @Inject
    Organisation organisation;

    @Inject
    Settings settings;

    /** The agencies in which the account holds any staff role. */
    public Set<Long> agenciesOf(String username) {
        return organisation.agenciesOf(username).stream()
                .filter(a -> a.role().isStaff())
                .map(a -> a.agency().id())
                .collect(Collectors.toSet());
    }

    public boolean canScreen(String username) {
        String desk = settings.text(FeedbackModule.SCREENING_AGENCY);
        return organisation.agenciesOf(username).stream()
                .anyMatch(a -> a.role().isStaff()
                        && (desk == null
                                || desk.isBlank()
                                || desk.strip().equals(a.agency().code())));
    }

    public void requireScreener(String username) {
        if (!canScreen(username)) {
            throw new NotAllowed("refusal.notScreener");
        }
    }

    /**
     * Whether a staff member may see a report with its sender's details: the screening desk sees
     * every report, others only those of their own agencies.
     */
    public boolean canView(String username, FeedbackReport report) {
        return canScreen(username)
                || report.getAgencyId() != null && agenciesOf(username).contains(report.getAgencyId());
    }

    public void requireAgencyStaff(String username, FeedbackReport report) {
        if (report.getAgencyId() == null || !agenciesOf(username).contains(report.getAgencyId())) {
            throw new NotAllowed("refusal.notYourAgency", report.getTrackingCode());
        }
    }

    public void requireLeader(String username, FeedbackReport report) {
        boolean leader = organisation.agenciesOf(username).stream()
                .anyMatch(a -> a.role() == Role.LEADER && a.agency().id().equals(report.getAgencyId()));
        if (!leader) {
            throw new NotAllowed("refusal.notLeader");
        }
    }
}

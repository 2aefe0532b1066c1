package vn.egov.kernel.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.ModuleDescriptor;
import vn.egov.kernel.api.helpers.VietnameseDates;
import vn.egov.kernel.audit.AuditLog;
import vn.egov.kernel.modules.ModuleRegistry;

/**
 * The audit log for administrators ({@code /admin/audit.xhtml}): every change and sign-in, newest
 * first, filtered by person, module or action, and days, a page at a time; actions are shown by
 * their name in the page's language (the module's bundle, {@code audit.<action>}), with the code.
 * The filters are the page's address, so a view of the log can be bookmarked or sent.
 */
@Named
@RequestScoped
public class AuditAdmin {
    static final int PAGE_SIZE = 50;

    @Inject
    AuditLog log;

    @Inject
    ModuleRegistry modules;

    private String actor;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private int page;
    private AuditLog.Page result;

    public AuditLog.Page getResult() {
        if (result == null) {
            result = log.search(
                    actor,
                    action,
                    from == null
                            ? null
                            : from.atStartOfDay(VietnameseDates.ZONE).toOffsetDateTime(),
                    to == null
                            ? null
                            : to.plusDays(1).atStartOfDay(VietnameseDates.ZONE).toOffsetDateTime(),
                    page * PAGE_SIZE,
                    PAGE_SIZE);
        }
        return result;
    }

    public List<ModuleDescriptor> getModules() {
        return modules.all();
    }

    /** The action's name in the page's language, from the bundle of the module it begins with; else its code. */
    public String readable(String code) {
        int dot = code == null ? -1 : code.indexOf('.');
        if (dot <= 0) {
            return code;
        }
        String key = "audit." + code;
        String text = Message.text(Message.pageLocale(), "i18n." + code.substring(0, dot), key);
        return text.equals(key) ? code : text;
    }

    public int getPages() {
        return (int) Math.max(1, (getResult().total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean isHasNext() {
        return page + 1 < getPages();
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor == null || actor.isBlank() ? null : actor.strip();
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action == null || action.isBlank() ? null : action.strip();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public int getPageNumber() {
        return page + 1;
    }

    public void setPageNumber(int number) {
        this.page = Math.max(0, Math.min(number - 1, 1_000_000));
    }
}

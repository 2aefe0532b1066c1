package vn.egov.kernel.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * What the page shell shows above the content ({@code #{notices}}): the page's own messages, and
 * after a refused form a summary of its errors, each a link to its field, with "Lỗi: " ("Error: ")
 * put before the page title. Rendered as plain lists in a live region, not PrimeFaces' message
 * list, whose {@code li role="alert"} inside {@code ul} assistive technology cannot read as a list.
 */
@Named
@RequestScoped
public class Notices {
    /** A message for the whole page. */
    public record Notice(String severity, String text) {
        public boolean isError() {
            return severity.equals("error");
        }
    }

    /** A field's error, linked to the field. */
    public record FieldError(String clientId, String text) {}

    private List<Notice> page;
    private List<FieldError> fields;
    private boolean rendering;

    public List<Notice> getPage() {
        read();
        return page;
    }

    public List<FieldError> getFields() {
        read();
        return fields;
    }

    /** Whether the page shows any error: its title then begins with "Lỗi: ". */
    public boolean isFailed() {
        read();
        return !fields.isEmpty() || page.stream().anyMatch(Notice::isError);
    }

    /**
     * Reads the messages; kept once the response is being rendered. Before that (the summary's
     * {@code rendered} is asked in every phase) a reading would miss what the action adds later.
     */
    private void read() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (page != null && rendering) {
            return;
        }
        rendering = faces != null && faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
        page = new ArrayList<>();
        fields = new ArrayList<>();
        if (faces == null) {
            return;
        }
        for (FacesMessage m : faces.getMessageList(null)) {
            page.add(new Notice(severity(m), text(m)));
        }
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            if (id == null) {
                continue;
            }
            for (FacesMessage m : faces.getMessageList(id)) {
                if (m.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal()) {
                    fields.add(new FieldError(id, text(m)));
                }
            }
        }
    }

    private static String text(FacesMessage m) {
        return m.getDetail() != null && !m.getDetail().isBlank() && m.getSummary() == null
                ? m.getDetail()
                : m.getSummary();
    }

    private static String severity(FacesMessage m) {
        int level = m.getSeverity().getOrdinal();
        if (level >= FacesMessage.SEVERITY_ERROR.getOrdinal()) {
            return "error";
        }
        return level == FacesMessage.SEVERITY_WARN.getOrdinal() ? "warn" : "info";
    }
}

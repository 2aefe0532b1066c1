package vn.egov.feedback.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.egov.feedback.FeedbackRefusal;
import vn.egov.feedback.ReportIntake;
import vn.egov.feedback.ReportQueries;
import vn.egov.feedback.TooManyReports;
import vn.egov.feedback.domain.Category;
import vn.egov.feedback.domain.Channel;
import vn.egov.feedback.domain.FeedbackReport;
import vn.egov.feedback.domain.ReportDraft;
import vn.egov.kernel.api.Accounts;
import vn.egov.kernel.api.Caller;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.helpers.PageMessages;

/** The citizen's report form: any visitor may send one; a signed-in citizen's report is linked to his account. */
@Named
@ViewScoped
public class SubmitReport implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ReportIntake intake;

    @Inject
    ReportQueries queries;

    @Inject
    Caller caller;

    private String categoryCode;
    private String title;
    private String description;
    private String address;
    private Long communeId;
    private Double latitude;
    private Double longitude;
    private boolean anonymous;
    private String contactName;
    private String contactPhone;
    private String contactEmail;
    /** Never ticked for him: publishing his report (without personal data) needs his own yes. */
    private boolean consentToPublish;

    private transient List<Part> photos;
    /** Photos chosen before the form was refused for another reason: kept, so he need not choose them again. */
    private final List<ReportIntake.Photo> kept = new ArrayList<>();

    @Inject
    Accounts accounts;

    /** A signed-in citizen finds his name and contacts filled in from his account; he may change them. */
    @PostConstruct
    void prefill() {
        if (caller.signedIn()) {
            accounts.find(caller.username()).ifPresent(a -> {
                contactName = a.displayName();
                contactPhone = a.phone();
                contactEmail = a.email();
            });
        }
    }

    public List<ReportIntake.Photo> getKept() {
        return kept;
    }

    /** Forgets the photos kept from an earlier try. */
    public void dropKept() {
        kept.clear();
    }

    public List<Category> getCategories() {
        return queries.activeCategories();
    }

    public String submit() {
        List<ReportIntake.Photo> files = new ArrayList<>(kept);
        if (photos != null) {
            for (Part part : photos) {
                if (part.getSize() > 0) {
                    try (InputStream in = part.getInputStream()) {
                        files.add(new ReportIntake.Photo(part.getSubmittedFileName(), in.readAllBytes()));
                    } catch (IOException e) {
                        PageMessages.show(
                                "report",
                                FieldErrors.of(
                                        "photos",
                                        Message.of(
                                                FeedbackRefusal.BUNDLE,
                                                "intake.unreadable",
                                                part.getSubmittedFileName())));
                        return null;
                    }
                }
            }
        }
        ReportDraft draft = new ReportDraft(
                categoryCode,
                title,
                description,
                address,
                communeId,
                latitude,
                longitude,
                anonymous,
                contactName,
                contactPhone,
                contactEmail,
                consentToPublish,
                List.of());
        FeedbackReport report;
        try {
            report = intake.submit(draft, files, Channel.WEB, caller.username(), caller.address());
        } catch (FieldErrors errors) {
            PageMessages.show("report", errors);
            kept.clear();
            if (!errors.messages().containsKey("photos")) {
                kept.addAll(files); // refused for another reason: his photos wait for the next try
            }
            return null;
        } catch (TooManyReports flood) {
            PageMessages.error(flood);
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put("submitted", Boolean.TRUE);
        // the sender's own link: the key lets him rate or reopen without an account (it is also in his acknowledgement)
        return "/feedback/track.xhtml?faces-redirect=true&code=" + report.getTrackingCode() + "&key="
                + report.getIssuedSenderKey();
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public void setCommuneId(Long communeId) {
        this.communeId = communeId;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public boolean isConsentToPublish() {
        return consentToPublish;
    }

    public void setConsentToPublish(boolean consentToPublish) {
        this.consentToPublish = consentToPublish;
    }

    public List<Part> getPhotos() {
        return photos;
    }

    public void setPhotos(List<Part> photos) {
        this.photos = photos;
    }
}

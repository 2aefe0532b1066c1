package vn.egov.feedback.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.egov.feedback.ReportQueries;
import vn.egov.feedback.domain.Category;
import vn.egov.feedback.domain.FeedbackReport;

/** The public list of answered reports, with filters and a search that ignores diacritics. */
@Named
@ViewScoped
public class PublicReports implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ReportQueries queries;

    private String q;
    private Long category;
    private Long commune;
    private Long agency;
    private int page;
    private transient List<FeedbackReport> results;
    private transient List<Category> categories;

    public List<FeedbackReport> getResults() {
        if (results == null) {
            results = queries.published(q, category, commune, agency, page);
        }
        return results;
    }

    public String search() {
        page = 0;
        return "/feedback/index.xhtml?faces-redirect=true&includeViewParams=true";
    }

    public boolean isHasNext() {
        return getResults().size() == ReportQueries.PAGE_SIZE;
    }

    public List<Category> getCategories() {
        if (categories == null) {
            categories = queries.activeCategories();
        }
        return categories;
    }

    public String categoryName(Long id, boolean english) {
        return getCategories().stream()
                .filter(c -> c.getId().equals(id))
                .findFirst()
                .or(() -> queries.category(id))
                .map(c -> c.name(english))
                .orElse("");
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Long getCategory() {
        return category;
    }

    public void setCategory(Long category) {
        this.category = category;
    }

    public Long getCommune() {
        return commune;
    }

    public void setCommune(Long commune) {
        this.commune = commune;
    }

    public Long getAgency() {
        return agency;
    }

    public void setAgency(Long agency) {
        this.agency = agency;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}

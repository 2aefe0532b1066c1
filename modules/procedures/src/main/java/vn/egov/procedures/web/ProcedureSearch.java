package vn.egov.procedures.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.egov.procedures.Catalogue;
import vn.egov.procedures.domain.Procedure;
import vn.egov.procedures.domain.Tier;

/**
 * The citizen's catalogue page ({@code /procedures/index.xhtml?q=&field=&tier=&agency=}): words with or
 * without diacritics, field, tier and agency, in the address so a search can be bookmarked.
 */
@Named
@ViewScoped
public class ProcedureSearch implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int PAGE = 25;

    @Inject
    Catalogue catalogue;

    private String q;
    private String field;
    private String tier;
    private Long agency;
    private int page;

    private transient List<Procedure> results;
    private long total;

    public void load() {
        Catalogue.Search search = search();
        total = catalogue.count(search);
        results = catalogue.search(search, Math.max(0, page) * PAGE, PAGE);
    }

    private Catalogue.Search search() {
        Tier t = null;
        if (tier != null && !tier.isBlank()) {
            try {
                t = Tier.valueOf(tier);
            } catch (IllegalArgumentException e) {
                t = null;
            }
        }
        return new Catalogue.Search(q, field, agency, t);
    }

    public List<Procedure> getResults() {
        if (results == null) {
            load();
        }
        return results;
    }

    public List<Catalogue.Field> getFields() {
        return catalogue.fields();
    }

    public Tier[] getTiers() {
        return Tier.values();
    }

    public long getTotal() {
        return total;
    }

    public int getPages() {
        return (int) Math.max(1, (total + PAGE - 1) / PAGE);
    }

    public String pageLink(int p) {
        StringBuilder s = new StringBuilder("?page=").append(p);
        if (q != null) {
            s.append("&q=").append(java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (field != null) {
            s.append("&field=").append(java.net.URLEncoder.encode(field, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (tier != null) {
            s.append("&tier=").append(tier);
        }
        if (agency != null) {
            s.append("&agency=").append(agency);
        }
        return s.toString();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
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
        this.page = page;
    }
}

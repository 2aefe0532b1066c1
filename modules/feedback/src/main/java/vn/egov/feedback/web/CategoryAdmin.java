package vn.egov.feedback.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.egov.feedback.CategoryCatalogue;
import vn.egov.feedback.domain.Category;
import vn.egov.feedback.domain.RoutingRule;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.helpers.PageMessages;

/** The admin screen for feedback categories, their handling times, routing per commune and answer templates. */
@Named
@ViewScoped
public class CategoryAdmin implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CategoryCatalogue catalogue;

    private Long selectedId;
    private String code;
    private String nameVi;
    private String nameEn;
    private Long parentId;
    private int sla = 10;
    private Long agencyId;
    private boolean active = true;
    private Long ruleCategory;
    private Long ruleCommune;
    private Long ruleAgency;
    private Long templateCategory;
    private String templateTitle;
    private String templateBody;

    public List<Category> getCategories() {
        return catalogue.all();
    }

    public List<RoutingRule> getRules() {
        return catalogue.rules();
    }

    /** A category's name in the page's language. */
    public String categoryName(Long id, boolean english) {
        return catalogue.all().stream()
                .filter(c -> c.getId().equals(id))
                .map(c -> c.name(english))
                .findFirst()
                .orElse("");
    }

    public void edit(Category category) {
        selectedId = category.getId();
        code = category.getCode();
        nameVi = category.getNameVi();
        nameEn = category.getNameEn();
        parentId = category.getParentId();
        sla = category.getSlaWorkingDays();
        agencyId = category.getDefaultAgencyId();
        active = category.isActive();
    }

    public void clear() {
        selectedId = null;
        code = null;
        nameVi = null;
        nameEn = null;
        parentId = null;
        sla = 10;
        agencyId = null;
        active = true;
    }

    public void save() {
        run("category", () -> {
            if (selectedId == null) {
                catalogue.create(code, nameVi, nameEn, parentId, sla, agencyId);
            } else {
                catalogue.change(selectedId, nameVi, nameEn, sla, agencyId, active);
            }
            clear();
        });
    }

    public void route() {
        run("routing", () -> catalogue.route(ruleCategory, ruleCommune, ruleAgency));
    }

    public void addTemplate() {
        run("templates", () -> {
            if (templateId == null) {
                catalogue.addTemplate(templateCategory, templateTitle, templateBody);
            } else {
                catalogue.reviseTemplate(templateId, templateVersion, templateCategory, templateTitle, templateBody);
            }
            clearTemplate();
        });
    }

    public java.util.List<vn.egov.feedback.domain.AnswerTemplate> getTemplates() {
        return catalogue.templates();
    }

    /** Puts a template in the form for changing. */
    public void editTemplate(vn.egov.feedback.domain.AnswerTemplate template) {
        templateId = template.getId();
        templateVersion = template.getVersion();
        templateCategory = template.getCategoryId();
        templateTitle = template.getTitle();
        templateBody = template.getBody();
    }

    public void removeTemplate(vn.egov.feedback.domain.AnswerTemplate template) {
        run("templates", () -> {
            catalogue.removeTemplate(template.getId());
            if (template.getId().equals(templateId)) {
                clearTemplate();
            }
        });
    }

    public void clearTemplate() {
        templateId = null;
        templateVersion = 0;
        templateTitle = null;
        templateBody = null;
        templateCategory = null;
    }

    public Long getTemplateId() {
        return templateId;
    }

    private void run(String form, Runnable change) {
        try {
            change.run();
            PageMessages.info(PageMessages.text(Deadlines.BUNDLE, "handle.saved"));
        } catch (FieldErrors errors) {
            PageMessages.show(form, errors);
        }
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public int getSla() {
        return sla;
    }

    public void setSla(int sla) {
        this.sla = sla;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getRuleCategory() {
        return ruleCategory;
    }

    public void setRuleCategory(Long ruleCategory) {
        this.ruleCategory = ruleCategory;
    }

    public Long getRuleCommune() {
        return ruleCommune;
    }

    public void setRuleCommune(Long ruleCommune) {
        this.ruleCommune = ruleCommune;
    }

    public Long getRuleAgency() {
        return ruleAgency;
    }

    public void setRuleAgency(Long ruleAgency) {
        this.ruleAgency = ruleAgency;
    }

    private Long templateId;
    private long templateVersion;

    public Long getTemplateCategory() {
        return templateCategory;
    }

    public void setTemplateCategory(Long templateCategory) {
        this.templateCategory = templateCategory;
    }

    public String getTemplateTitle() {
        return templateTitle;
    }

    public void setTemplateTitle(String templateTitle) {
        this.templateTitle = templateTitle;
    }

    public String getTemplateBody() {
        return templateBody;
    }

    public void setTemplateBody(String templateBody) {
        this.templateBody = templateBody;
    }
}

package vn.egov.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.feedback.domain.AnswerTemplate;
import vn.egov.feedback.domain.Category;
import vn.egov.feedback.domain.RoutingRule;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Organisation;

/** What admins set up: the category tree with handling times, routing per commune, and answer templates. */
@ApplicationScoped
public class CategoryCatalogue {
    @PersistenceContext(unitName = "feedback")
    EntityManager em;

    @Inject
    Organisation organisation;

    @Inject
    AuditTrail audit;

    @Inject
    ActiveCategories activeCategories;

    public List<Category> all() {
        return em.createQuery("select c from Category c order by c.parentId nulls first, c.code", Category.class)
                .getResultList();
    }

    @Transactional
    public Category create(
            String code, String nameVi, String nameEn, Long parentId, int slaDays, Long defaultAgencyId) {
        Map<String, Message> errors = new LinkedHashMap<>();
        String cleanCode = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!cleanCode.matches("[A-Z0-9][A-Z0-9_-]{1,39}")) {
            errors.put("code", text("category.codeForm"));
        } else if (!em.createQuery("select c from Category c where c.code = :c", Category.class)
                .setParameter("c", cleanCode)
                .getResultList()
                .isEmpty()) {
            errors.put("code", text("category.codeTaken", cleanCode));
        }
        checkNamesAndSla(errors, nameVi, nameEn, slaDays);
        checkAgency(errors, "agency", defaultAgencyId);
        if (!errors.isEmpty()) {
            throw FieldErrors.keyed(errors);
        }
        Category category = new Category(cleanCode, nameVi.strip(), nameEn.strip(), parentId, slaDays, defaultAgencyId);
        em.persist(category);
        em.flush();
        activeCategories.changed();
        audit.record("feedback.category.created", "feedback_category", category.getId(), cleanCode + " " + nameVi);
        return category;
    }

    @Transactional
    public void change(Long id, String nameVi, String nameEn, int slaDays, Long defaultAgencyId, boolean active) {
        Map<String, Message> errors = new LinkedHashMap<>();
        checkNamesAndSla(errors, nameVi, nameEn, slaDays);
        checkAgency(errors, "agency", defaultAgencyId);
        if (!errors.isEmpty()) {
            throw FieldErrors.keyed(errors);
        }
        Category category = em.find(Category.class, id);
        category.change(nameVi.strip(), nameEn.strip(), category.getDescriptionVi(), slaDays, defaultAgencyId, active);
        activeCategories.changed();
        audit.record(
                "feedback.category.changed",
                "feedback_category",
                id,
                nameVi + ", " + slaDays + " ngày làm việc" + (active ? "" : ", ngừng sử dụng"));
    }

    public List<RoutingRule> rules() {
        return em.createQuery("select r from RoutingRule r order by r.categoryId, r.communeId", RoutingRule.class)
                .getResultList();
    }

    /** Sets the agency for a category and commune (all communes when empty), replacing an earlier rule for the pair. */
    @Transactional
    public void route(Long categoryId, Long communeId, Long agencyId) {
        Map<String, Message> errors = new LinkedHashMap<>();
        if (categoryId == null || em.find(Category.class, categoryId) == null) {
            errors.put("ruleCategory", text("category.chooseCategory"));
        }
        if (agencyId == null) {
            errors.put("ruleAgency", text("category.chooseAgency"));
        }
        checkAgency(errors, "ruleAgency", agencyId);
        if (!errors.isEmpty()) {
            throw FieldErrors.keyed(errors);
        }
        var earlier = em.createQuery("delete from RoutingRule r where r.categoryId = :c and "
                        + (communeId == null ? "r.communeId is null" : "r.communeId = :m"))
                .setParameter("c", categoryId);
        if (communeId != null) {
            earlier.setParameter("m", communeId);
        }
        earlier.executeUpdate();
        em.persist(new RoutingRule(categoryId, communeId, agencyId));
        audit.record(
                "feedback.routing.set",
                "feedback_category",
                categoryId,
                "commune " + communeId + " -> agency " + agencyId);
    }

    @Transactional
    public void addTemplate(Long categoryId, String title, String body) {
        checkTemplate(title, body);
        em.persist(new AnswerTemplate(categoryId, title.strip(), body.strip()));
        audit.record("feedback.template.added", "feedback_category", categoryId, title);
    }

    /**
     * Changes a template, refused when someone changed it since the page showed it ({@code version}).
     */
    @Transactional
    public void reviseTemplate(Long id, long version, Long categoryId, String title, String body) {
        checkTemplate(title, body);
        AnswerTemplate template = em.find(AnswerTemplate.class, id);
        if (template == null) {
            throw FieldErrors.of("templateTitle", text("category.templateGone"));
        }
        if (template.getVersion() != version) {
            throw FieldErrors.of("templateTitle", text("category.templateChanged"));
        }
        template.revise(categoryId, title.strip(), body.strip());
        audit.record("feedback.template.changed", "feedback_template", id, title);
    }

    /** Removes a template; answers already given from it keep their text. */
    @Transactional
    public void removeTemplate(Long id) {
        AnswerTemplate template = em.find(AnswerTemplate.class, id);
        if (template != null) {
            em.remove(template);
            audit.record("feedback.template.removed", "feedback_template", id, template.getTitle());
        }
    }

    /** Every template, those for all categories first. */
    public List<AnswerTemplate> templates() {
        return em.createQuery(
                        "select t from AnswerTemplate t order by t.categoryId nulls first, t.title",
                        AnswerTemplate.class)
                .getResultList();
    }

    private static void checkTemplate(String title, String body) {
        Map<String, Message> errors = new LinkedHashMap<>();
        if (title == null || title.isBlank() || title.length() > 200) {
            errors.put("templateTitle", text("category.templateTitle", 1, 200));
        }
        if (body == null || body.strip().length() < 20 || body.length() > 10000) {
            errors.put("templateBody", text("category.templateBody", 20, 10000));
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.keyed(errors);
        }
    }

    private static void checkNamesAndSla(Map<String, Message> errors, String nameVi, String nameEn, int slaDays) {
        if (nameVi == null || nameVi.isBlank() || nameVi.length() > 200) {
            errors.put("nameVi", text("category.nameVi", 1, 200));
        }
        if (nameEn == null || nameEn.isBlank() || nameEn.length() > 200) {
            errors.put("nameEn", text("category.nameEn", 1, 200));
        }
        if (slaDays < 1 || slaDays > 90) {
            errors.put("sla", text("category.sla", 1, 90));
        }
    }

    private void checkAgency(Map<String, Message> errors, String field, Long agencyId) {
        if (agencyId != null
                && organisation
                        .unit(agencyId)
                        .filter(u -> u.agency() && u.active())
                        .isEmpty()) {
            errors.put(field, text("category.agencyInactive"));
        }
    }

    private static Message text(String key, Object... args) {
        return Message.of(FeedbackRefusal.BUNDLE, key, args);
    }
}

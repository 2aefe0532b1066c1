package vn.egov.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.egov.feedback.domain.AnswerTemplate;

/** Stock answers officers start from: those of the report's category and those for every category. */
@ApplicationScoped
public class AnswerTemplates {
    @PersistenceContext(unitName = "feedback")
    EntityManager em;

    public List<AnswerTemplate> forCategory(Long categoryId) {
        return em.createQuery(
                        "select t from AnswerTemplate t where t.categoryId = :c or t.categoryId is null order by t.title",
                        AnswerTemplate.class)
                .setParameter("c", categoryId)
                .getResultList();
    }

    public Optional<AnswerTemplate> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(AnswerTemplate.class, id));
    }
}

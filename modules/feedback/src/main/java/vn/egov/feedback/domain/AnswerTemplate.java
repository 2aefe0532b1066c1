package vn.egov.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A stock answer officers start from, for one category or for all (empty category). */
@Entity
@Table(name = "answer_template", schema = "feedback")
public class AnswerTemplate {
    @Id
    @SequenceGenerator(
            name = "answer_template_id",
            schema = "feedback",
            sequenceName = "answer_template_id_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "answer_template_id")
    private Long id;
    /** Optimistic lock: staff change this; a stale change is refused, not merged. */
    @Version
    private long version;

    @Column(name = "category_id")
    private Long categoryId;

    private String title;
    private String body;

    protected AnswerTemplate() {}

    public AnswerTemplate(Long categoryId, String title, String body) {
        this.categoryId = categoryId;
        this.title = title;
        this.body = body;
    }

    /** A new text for the template (the catalogue has checked it). */
    public void revise(Long categoryId, String title, String body) {
        this.categoryId = categoryId;
        this.title = title;
        this.body = body;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }
}

package vn.egov.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Reports of a category from a commune (or from anywhere, when the commune is empty) go to an agency. */
@Entity
@Table(name = "routing_rule", schema = "feedback")
public class RoutingRule {
    @Id
    @SequenceGenerator(
            name = "routing_rule_id",
            schema = "feedback",
            sequenceName = "routing_rule_id_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "routing_rule_id")
    private Long id;
    /** Optimistic lock: staff change this; a stale change is refused, not merged. */
    @Version
    private long version;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(name = "commune_id")
    private Long communeId;

    @Column(name = "agency_id")
    private Long agencyId;

    protected RoutingRule() {}

    public RoutingRule(Long categoryId, Long communeId, Long agencyId) {
        this.categoryId = categoryId;
        this.communeId = communeId;
        this.agencyId = agencyId;
    }

    public Long getId() {
        return id;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public Long getAgencyId() {
        return agencyId;
    }
}

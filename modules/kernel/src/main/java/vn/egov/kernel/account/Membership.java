package vn.egov.kernel.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.egov.kernel.api.Role;

/** A staff role held by an account in one agency (or, for administrators, the province). */
@Entity
@Table(name = "membership", schema = "kernel")
public class Membership {
    @Id
    @SequenceGenerator(
            name = "membership_id",
            schema = "kernel",
            sequenceName = "membership_id_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_id")
    private Long id;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "unit_id")
    private Long unitId;

    @Enumerated(EnumType.STRING)
    private Role role;

    protected Membership() {}

    public Membership(Long accountId, Long unitId, Role role) {
        this.accountId = accountId;
        this.unitId = unitId;
        this.role = role;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Role getRole() {
        return role;
    }
}

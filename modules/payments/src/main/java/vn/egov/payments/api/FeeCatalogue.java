package vn.egov.payments.api;

import java.util.List;
import java.util.Optional;

/**
 * The fee codes admins keep (name, fee or charge, amount, legal basis), for modules that compose
 * fee orders: a procedure names its fee codes and takes their lines from here.
 */
public interface FeeCatalogue {

    /** The active fee code as a fee line, or empty when it is unknown or withdrawn. */
    Optional<FeeOrders.FeeLine> line(String feeCode);

    /** Every active fee code, by code. */
    List<FeeOrders.FeeLine> active();
}

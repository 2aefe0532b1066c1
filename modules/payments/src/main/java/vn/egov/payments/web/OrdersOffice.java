package vn.egov.payments.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.egov.payments.OrderQueries;
import vn.egov.payments.api.FeeOrders.OrderStatus;
import vn.egov.payments.domain.FeeOrder;
import vn.egov.payments.domain.PaymentMethod;

/** Staff's list of their agencies' fee orders, paged and filtered, the filters in the address. */
@Named
@ViewScoped
public class OrdersOffice implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    OrderQueries queries;

    private String status;
    private String method;
    private String q;
    private int page;
    private transient OrderQueries.Page result;

    public void load() {
        result = queries.ofMyAgencies(
                new OrderQueries.Filter(parse(OrderStatus.class, status), parse(PaymentMethod.class, method), q, page));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String search() {
        return "/office/payments/orders.xhtml?faces-redirect=true&status=" + enc(status) + "&method=" + enc(method)
                + "&q=" + enc(q);
    }

    public String pageLink(int p) {
        return "?status=" + enc(status) + "&method=" + enc(method) + "&q=" + enc(q) + "&page=" + p;
    }

    private static String enc(String s) {
        return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public List<FeeOrder> getOrders() {
        if (result == null) {
            load();
        }
        return result.orders();
    }

    public long getTotal() {
        if (result == null) {
            load();
        }
        return result.total();
    }

    public int getPages() {
        return (int) Math.max(1, (getTotal() + OrderQueries.PAGE - 1) / OrderQueries.PAGE);
    }

    public OrderStatus[] getStatuses() {
        return OrderStatus.values();
    }

    public PaymentMethod[] getMethods() {
        return PaymentMethod.values();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}

package vn.egov.payments.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.kernel.api.Caller;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;
import vn.egov.payments.OnlinePayments;
import vn.egov.payments.PaymentsModule;
import vn.egov.payments.PaymentsRefusal;
import vn.egov.payments.ReceiptQueries;
import vn.egov.payments.domain.PaymentAttempt;
import vn.egov.payments.domain.Receipt;

/**
 * The payments API: start paying an order (with an Idempotency-Key), read an attempt, the
 * gateway's IPN, and a sealed receipt's PDF by its number and lookup code.
 */
@Path("payments")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
public class PaymentsResource {
    private static final Logger LOG = Logger.getLogger(PaymentsResource.class.getName());

    @Inject
    OnlinePayments online;

    @Inject
    ReceiptQueries receipts;

    @Inject
    Caller caller;

    @Inject
    vn.egov.payments.ReceiptUsage usage;

    @Inject
    vn.egov.kernel.api.Organisation organisation;

    /** What starts a payment. */
    public record StartRequest(String order, String locale) {}

    /** An attempt as the API shows it, with GOV.UK Pay's state words. */
    public record PaymentJson(
            String paymentId,
            String order,
            long amount,
            String method,
            String state,
            boolean finished,
            String failureCode,
            OffsetDateTime createdAt,
            OffsetDateTime expiresAt,
            String gatewayTransactionNo,
            String nextUrl) {
        static PaymentJson of(PaymentAttempt a, String nextUrl) {
            return new PaymentJson(
                    a.getTxnRef(),
                    a.getOrder().getCode(),
                    a.getAmount(),
                    a.getMethod().name().toLowerCase(),
                    a.getState().name().toLowerCase(),
                    a.isFinished(),
                    a.getFailureCode() == null ? null : a.getFailureCode().name(),
                    a.getCreatedAt(),
                    a.getExpiresAt(),
                    a.getGatewayTxnNo(),
                    nextUrl);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Start paying a fee order online",
            description =
                    "Answers 201 with the gateway address to send the payer to. With an Idempotency-Key header, the"
                            + " same key and body within 24 hours answer the first attempt (200); the same key with another body is 409.")
    public Response start(StartRequest body, @HeaderParam("Idempotency-Key") String key) {
        if (body == null || body.order() == null || body.order().isBlank()) {
            throw FieldErrors.of("order", Message.of(PaymentsModule.BUNDLE, "api.orderRequired"));
        }
        if (key != null && (key.isBlank() || key.length() > 100)) {
            throw PaymentsRefusal.invalid("Idempotency-Key", "api.idempotencyKey");
        }
        String locale = "en".equals(body.locale()) ? "en" : "vi";
        OnlinePayments.Started started = online.start(
                body.order().strip(), key, OnlinePayments.bodyHash(body.order().strip(), locale), locale);
        return Response.status(started.replayed() ? 200 : 201)
                .entity(PaymentJson.of(started.attempt(), started.redirectUrl()))
                .build();
    }

    @GET
    @Path("{paymentId}")
    @Operation(summary = "One payment attempt: its state, failure code and whether it is finished")
    public PaymentJson attempt(@PathParam("paymentId") String id) {
        PaymentAttempt a =
                online.byTxnRef(id, false).orElseThrow(() -> PaymentsRefusal.notFound("refusal.paymentNotFound"));
        String me = caller.username();
        boolean own = me != null
                && (me.equals(a.getCreatedBy()) || me.equals(a.getOrder().getPayerUsername()));
        boolean staff = caller.agencies().stream()
                .anyMatch(r ->
                        r.role().isStaff() && r.agency().id() == a.getOrder().getAgencyId());
        if (!own && !staff) {
            throw PaymentsRefusal.notFound("refusal.paymentNotFound");
        }
        return PaymentJson.of(a, null);
    }

    @GET
    @Path("vnpay/ipn")
    @Operation(
            summary = "The gateway's payment notification (IPN, VNPay v2.1.0)",
            description = "Server to server. Answers {RspCode, Message}: 00 confirmed, 01 order not found, 02 already"
                    + " confirmed, 04 invalid amount, 97 invalid signature, 99 unknown error.")
    public Map<String, String> ipn(@Context UriInfo uri) {
        Map<String, String> params = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((k, v) -> params.put(k, v.isEmpty() ? "" : v.get(0)));
        OnlinePayments.IpnAnswer answer;
        try {
            answer = online.ipn(params);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "IPN for " + params.get("vnp_TxnRef") + " failed; the gateway will retry", e);
            answer = new OnlinePayments.IpnAnswer("99", "Unknown error");
        }
        Map<String, String> json = new LinkedHashMap<>();
        json.put("RspCode", answer.rspCode());
        json.put("Message", answer.message());
        return json;
    }

    @GET
    @Path("receipts/usage")
    @Produces("text/csv")
    @Operation(
            summary =
                    "The receipts usage report for a period (per template and series: numbers used, count, amount), as CSV",
            description = "For leaders (the finance office) and administrators. Dates yyyy-MM-dd, both included.")
    public Response usage(@QueryParam("from") String from, @QueryParam("to") String to) {
        if (!caller.hasRole(vn.egov.kernel.api.Role.LEADER) && !caller.hasRole(vn.egov.kernel.api.Role.ADMIN)) {
            throw caller.signedIn() ? PaymentsRefusal.notAllowed() : PaymentsRefusal.signInFirst();
        }
        java.time.LocalDate start;
        java.time.LocalDate end;
        try {
            start = java.time.LocalDate.parse(from);
            end = java.time.LocalDate.parse(to);
        } catch (RuntimeException e) {
            throw PaymentsRefusal.invalid("from", "api.period");
        }
        if (end.isBefore(start) || start.plusYears(1).isBefore(end)) {
            throw PaymentsRefusal.invalid("to", "api.period");
        }
        return Response.ok(usage.csv(
                        start,
                        end,
                        id -> organisation.unit(id).map(u -> u.code()).orElse(String.valueOf(id))))
                .type("text/csv; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"bao-cao-su-dung-bien-lai-" + start + "-" + end + ".csv\"")
                .build();
    }

    @GET
    @Path("receipts/{lookupCode}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "A sealed receipt's PDF, by its lookup code and number (as printed on it)")
    public Response receiptPdf(@PathParam("lookupCode") String code, @QueryParam("so") Integer number) {
        Receipt r =
                receipts.byLookup(code, number).orElseThrow(() -> PaymentsRefusal.notFound("refusal.receiptNotFound"));
        if (r.getPdf() == null) {
            return Response.status(503)
                    .header("Retry-After", "5")
                    .type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", "not_sealed_yet"))
                    .build();
        }
        return Response.ok(r.getPdf())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"bien-lai-" + r.getSeries().getSeriesSymbol() + "-" + r.getNumber()
                                + ".pdf\"")
                .build();
    }
}

package vn.egov.payments.domain;

/** Why a finished attempt did not pay, with GOV.UK Pay's codes. */
public enum FailureCode {
    /** The payment method was rejected (declined, insufficient funds, wrong OTP...). */
    P0010(PaymentState.FAILED),
    /** The attempt expired before the payer finished. */
    P0020(PaymentState.EXPIRED),
    /** The payer cancelled. */
    P0030(PaymentState.CANCELLED),
    /** The service cancelled it (the order was cancelled or paid otherwise). */
    P0040(PaymentState.CANCELLED),
    /** The gateway failed or answered what cannot be understood. */
    P0050(PaymentState.ERROR);

    private final PaymentState state;

    FailureCode(PaymentState state) {
        this.state = state;
    }

    public PaymentState state() {
        return state;
    }

    /**
     * The failure a VNPay response code means ({@code vnp_ResponseCode}; 00 is no failure): 24
     * cancelled by the payer, 11 timed out, 99 and unknown codes a provider error, the others a
     * rejected method.
     */
    public static FailureCode ofGatewayCode(String code) {
        return switch (code == null ? "" : code) {
            case "24" -> P0030;
            case "11" -> P0020;
            case "07", "09", "10", "12", "13", "51", "65", "75", "79" -> P0010;
            default -> P0050;
        };
    }
}

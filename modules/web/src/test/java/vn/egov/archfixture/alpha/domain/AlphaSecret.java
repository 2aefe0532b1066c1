package vn.egov.archfixture.alpha.domain;

/** Fixture: an internal class of module alpha. */
public class AlphaSecret {
    public String value() {
        return "secret";
    }
}

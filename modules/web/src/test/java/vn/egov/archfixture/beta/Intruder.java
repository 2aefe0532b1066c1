package vn.egov.archfixture.beta;

import vn.egov.archfixture.alpha.domain.AlphaSecret;

/** Fixture: module beta reaching into alpha's internals, which the rule must report. */
public class Intruder {
    public String steal() {
        return new AlphaSecret().value();
    }
}

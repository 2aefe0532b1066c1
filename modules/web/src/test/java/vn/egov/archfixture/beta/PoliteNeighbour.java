package vn.egov.archfixture.beta;

import vn.egov.archfixture.alpha.api.AlphaService;

/** Fixture: module beta using alpha through its api, which is allowed. */
public class PoliteNeighbour {
    public String ask(AlphaService alpha) {
        return alpha.hello();
    }
}

package vn.egov.archfixture.alpha.api;

/** Fixture: the public face of module alpha. */
public interface AlphaService {
    String hello();
}

package vn.egov.kernel.api;

/** A tile a module shows on a home page, for one audience. */
public record HomeTile(
        MenuEntry.Audience audience,
        String titleVi,
        String titleEn,
        String textVi,
        String textEn,
        String path,
        String icon) {}

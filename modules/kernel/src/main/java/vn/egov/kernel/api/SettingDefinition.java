package vn.egov.kernel.api;

/** A setting a module offers to admins, with its default and Vietnamese/English labels. */
public record SettingDefinition(String key, String labelVi, String labelEn, String defaultValue) {
}

package vn.egov.signing.api;

import java.util.List;

/**
 * One kind of change that the revisions after a signature made to the document, as far as it
 * can be told from the PDF's objects: what a signature must not be followed by (page content,
 * pages, annotations, form fields and values not allowed, document-level entries) and what PAdES
 * allows (further signatures, validation data, document time-stamps, form filling a
 * certification permits).
 *
 * @param kind    what changed
 * @param pages   the pages concerned (1 = first), empty when the change is not on a page
 * @param allowed whether the document's rules (PAdES, /DocMDP, field locks) allow it
 */
public record DocumentChange(Kind kind, List<Integer> pages, boolean allowed) {

    public DocumentChange {
        pages = List.copyOf(pages);
    }

    /** What changed. */
    public enum Kind {
        /** Text, images or drawing of a page, its resources, size or turn. */
        PAGE_CONTENT,
        /** Pages added, removed or moved. */
        PAGES,
        /** Annotations (comments, stamps, links...) other than signature fields added, changed or removed. */
        ANNOTATIONS,
        /** Form fields added or removed. */
        FORM_FIELDS,
        /** Values or appearances of form fields. */
        FORM_VALUES,
        /** Document-level entries: actions, scripts, attachments, information dictionary, permissions. */
        DOCUMENT,
        /** A signature field or its widget removed or moved, or a signature where the certification forbids it. */
        SIGNATURE_FIELDS,
        /** The signed revision cannot be read, so nothing can be told about later changes. */
        UNREADABLE,
        /** Further signatures (allowed). */
        SIGNATURES,
        /** A document security store: certificates and revocation data for long-term validation (allowed). */
        VALIDATION_DATA,
        /** Document time-stamps (allowed). */
        DOCUMENT_TIME_STAMPS
    }
}

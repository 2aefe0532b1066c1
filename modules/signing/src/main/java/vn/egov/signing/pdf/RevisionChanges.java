package vn.egov.signing.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import vn.egov.signing.api.DocumentChange;
import vn.egov.signing.api.DocumentChange.Kind;

/**
 * What the revisions after a signature changed, found by comparing the document as it was signed
 * (the bytes up to the end of the signature's byte range, itself a complete PDF) with the whole
 * file: each page's content and resources, its annotations, the page tree, form fields and their
 * values, and the document-level entries of the catalog and information dictionary. Objects are
 * compared by a fingerprint of their content, so a page rewritten with the same content in a later
 * revision is no change, and a changed font or image is one.
 *
 * <p>Allowed after a signature, as PAdES has it: further signatures and their fields, a /DSS
 * dictionary, document time-stamps, and, when the document is certified with /DocMDP permission 2
 * or 3, filling in form fields no signature locks (and with 3, annotations).
 */
final class RevisionChanges {
    /** Catalog entries that signing, validation data and form housekeeping legitimately rewrite. */
    private static final Set<COSName> CATALOG_HOUSEKEEPING = Set.of(
            COSName.TYPE,
            COSName.PAGES,
            COSName.ACRO_FORM,
            COSName.getPDFName("DSS"),
            COSName.getPDFName("Extensions"),
            COSName.VERSION,
            COSName.STRUCT_TREE_ROOT,
            COSName.MARK_INFO);

    private static final COSName SIG = COSName.getPDFName("Sig");
    private static final COSName DOC_TIME_STAMP = COSName.getPDFName("DocTimeStamp");
    private static final COSName LOCK = COSName.getPDFName("Lock");

    private RevisionChanges() {}

    /**
     * The changes after a signature whose byte range ends at {@code signedEnd}.
     *
     * @param current the whole document, already open
     */
    static List<DocumentChange> after(byte[] pdf, long signedEnd, PDDocument current) {
        return after(pdf, signedEnd, current, null).changes();
    }

    /** What a signature's own dictionary said in the revision it signs: later revisions may rewrite it. */
    record SignedValues(String name, String reason, String location, java.util.Calendar signDate) {}

    /** The changes after a signature, and its dictionary's values as signed (null when it covers the file). */
    record Revision(List<DocumentChange> changes, SignedValues signed) {}

    /**
     * The changes after the signature with this byte range, and what its dictionary said when it
     * was signed. A signature whose dictionary is not in the revision it claims to sign was made
     * up later from another signature's bytes: that is a change to the signature fields.
     */
    static Revision after(byte[] pdf, long signedEnd, PDDocument current, int[] byteRange) {
        if (signedEnd == pdf.length) {
            return new Revision(List.of(), null);
        }
        if (signedEnd <= 0 || signedEnd > pdf.length) {
            return new Revision(List.of(new DocumentChange(Kind.UNREADABLE, List.of(), false)), null);
        }
        try (PDDocument signed = Loader.loadPDF(Arrays.copyOf(pdf, (int) signedEnd))) {
            List<DocumentChange> changes = new ArrayList<>(new RevisionChanges.Comparison(signed, current).changes());
            SignedValues values = null;
            if (byteRange != null) {
                for (var dictionary : signed.getSignatureDictionaries()) {
                    if (Arrays.equals(dictionary.getByteRange(), byteRange)) {
                        values = new SignedValues(
                                dictionary.getName(),
                                dictionary.getReason(),
                                dictionary.getLocation(),
                                dictionary.getSignDate());
                        break;
                    }
                }
                if (values == null
                        && changes.stream().noneMatch(c -> c.kind() == Kind.SIGNATURE_FIELDS && !c.allowed())) {
                    changes.add(0, new DocumentChange(Kind.SIGNATURE_FIELDS, List.of(), false));
                }
            }
            return new Revision(changes, values);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // a revision PDFBox cannot read back proves nothing either way: say so rather than pass it
            return new Revision(List.of(new DocumentChange(Kind.UNREADABLE, List.of(), false)), null);
        }
    }

    /** One comparison of a signed revision with the current document. */
    private static final class Comparison {
        private final PDDocument before;
        private final PDDocument after;
        private final Fingerprints oldPrints;
        private final Fingerprints newPrints;
        private final Map<Kind, Set<Integer>> found = new LinkedHashMap<>();
        private final Map<Kind, Set<Integer>> allowedFound = new LinkedHashMap<>();
        private final int permission;
        private final Set<COSDictionary> oldFormWidgets;
        private final Set<COSDictionary> newFormWidgets;

        Comparison(PDDocument before, PDDocument after) {
            this.before = before;
            this.after = after;
            this.oldPrints = new Fingerprints(before);
            this.newPrints = new Fingerprints(after);
            this.permission = docMdpPermission(after.getDocumentCatalog().getCOSObject());
            this.oldFormWidgets = formWidgets(before);
            this.newFormWidgets = formWidgets(after);
        }

        List<DocumentChange> changes() throws IOException {
            comparePages();
            compareForms();
            compareDocument();
            compareSignatures();
            List<DocumentChange> changes = new ArrayList<>();
            found.forEach((kind, pages) -> changes.add(new DocumentChange(kind, List.copyOf(pages), false)));
            allowedFound.forEach((kind, pages) -> {
                if (!found.containsKey(kind)) {
                    changes.add(new DocumentChange(kind, List.copyOf(pages), true));
                }
            });
            return changes;
        }

        private void flag(Kind kind, Integer page) {
            Set<Integer> pages = found.computeIfAbsent(kind, k -> new TreeSet<>());
            if (page != null) {
                pages.add(page);
            }
        }

        private void allow(Kind kind, Integer page) {
            Set<Integer> pages = allowedFound.computeIfAbsent(kind, k -> new TreeSet<>());
            if (page != null) {
                pages.add(page);
            }
        }

        private void comparePages() {
            List<COSDictionary> oldPages = pages(before);
            List<COSDictionary> newPages = pages(after);
            int common = Math.min(oldPages.size(), newPages.size());
            for (int i = 0; i < common; i++) {
                COSDictionary was = oldPages.get(i);
                COSDictionary is = newPages.get(i);
                if (!Arrays.equals(oldPrints.page(was), newPrints.page(is))) {
                    flag(Kind.PAGE_CONTENT, i + 1);
                }
                compareAnnotations(was, is, i + 1);
            }
            for (int i = common; i < Math.max(oldPages.size(), newPages.size()); i++) {
                flag(Kind.PAGES, i + 1);
            }
        }

        /**
         * Annotations of a page before and after. Signature widgets: one signed before must be
         * there unchanged, appearance included (it was signed with the page); one unsigned before
         * may since have been signed; a new one is allowed only when it holds a signature (and the
         * certification does not forbid signing). Widgets of form fields are compared with the
         * form. Any other annotation, a widget of no field included, must be unchanged.
         */
        private void compareAnnotations(COSDictionary was, COSDictionary is, int page) {
            Map<String, Integer> oldOthers = new HashMap<>();
            Map<String, Integer> oldSigned = new HashMap<>();
            Map<String, Integer> oldUnsigned = new HashMap<>();
            for (COSDictionary annotation : annotations(was)) {
                if (isWidget(annotation) && isSignatureField(annotation)) {
                    if (inherited(annotation, COSName.V) instanceof COSDictionary) {
                        count(oldSigned, oldPrints.annotation(annotation), 1);
                    } else {
                        count(oldUnsigned, oldPrints.signatureWidget(annotation), 1);
                    }
                } else if (!(isWidget(annotation) && oldFormWidgets.contains(annotation))) {
                    count(oldOthers, oldPrints.annotation(annotation), 1);
                }
            }
            boolean annotationsChanged = false;
            for (COSDictionary annotation : annotations(is)) {
                if (isWidget(annotation) && isSignatureField(annotation)) {
                    String full = newPrints.annotation(annotation);
                    String reduced = newPrints.signatureWidget(annotation);
                    if (oldSigned.containsKey(full)) {
                        count(oldSigned, full, -1);
                    } else if (oldUnsigned.containsKey(reduced)) {
                        count(oldUnsigned, reduced, -1);
                    } else if (!(inherited(annotation, COSName.V) instanceof COSDictionary) || permission == 1) {
                        // an empty signature field drawn on the page, or a signature the certification forbids
                        flag(Kind.SIGNATURE_FIELDS, page);
                    }
                } else if (isWidget(annotation) && newFormWidgets.contains(annotation)) {
                    continue;
                } else if (oldOthers.containsKey(newPrints.annotation(annotation))) {
                    count(oldOthers, newPrints.annotation(annotation), -1);
                } else {
                    annotationsChanged = true;
                }
            }
            if (!oldSigned.isEmpty() || !oldUnsigned.isEmpty()) {
                flag(Kind.SIGNATURE_FIELDS, page);
            }
            if (annotationsChanged || !oldOthers.isEmpty()) {
                if (permission == 3) {
                    allow(Kind.ANNOTATIONS, page);
                } else {
                    flag(Kind.ANNOTATIONS, page);
                }
            }
        }

        private void compareForms() {
            Map<String, COSDictionary> oldFields = fields(before);
            Map<String, COSDictionary> newFields = fields(after);
            Set<String> locked = lockedFields(oldFields, newFields);
            List<COSDictionary> newPages = pages(after);
            for (var entry : oldFields.entrySet()) {
                COSDictionary now = newFields.get(entry.getKey());
                boolean signature = SIG.equals(inherited(entry.getValue(), COSName.FT));
                if (now == null) {
                    flag(signature ? Kind.SIGNATURE_FIELDS : Kind.FORM_FIELDS, null);
                } else if (!signature
                        && !Arrays.equals(oldPrints.fieldValue(entry.getValue()), newPrints.fieldValue(now))) {
                    Set<Integer> pages = widgetPages(now, newPages);
                    boolean fillAllowed = (permission == 2 || permission == 3) && !locked.contains(entry.getKey());
                    for (Integer page : pages.isEmpty() ? Set.<Integer>of(0) : pages) {
                        Integer shown = page == 0 ? null : page;
                        if (fillAllowed) {
                            allow(Kind.FORM_VALUES, shown);
                        } else {
                            flag(Kind.FORM_VALUES, shown);
                        }
                    }
                }
            }
            for (var entry : newFields.entrySet()) {
                if (!oldFields.containsKey(entry.getKey()) && !SIG.equals(inherited(entry.getValue(), COSName.FT))) {
                    Set<Integer> pages = widgetPages(entry.getValue(), newPages);
                    if (pages.isEmpty()) {
                        flag(Kind.FORM_FIELDS, null);
                    }
                    pages.forEach(page -> flag(Kind.FORM_FIELDS, page));
                }
            }
        }

        private void compareDocument() {
            COSDictionary oldCatalog = before.getDocumentCatalog().getCOSObject();
            COSDictionary newCatalog = after.getDocumentCatalog().getCOSObject();
            if (!Arrays.equals(
                            oldPrints.of(oldCatalog, CATALOG_HOUSEKEEPING),
                            newPrints.of(newCatalog, CATALOG_HOUSEKEEPING))
                    || !Arrays.equals(
                            oldPrints.of(before.getDocument().getTrailer().getCOSDictionary(COSName.INFO), Set.of()),
                            newPrints.of(after.getDocument().getTrailer().getCOSDictionary(COSName.INFO), Set.of()))) {
                flag(Kind.DOCUMENT, null);
            }
            COSName dss = COSName.getPDFName("DSS");
            if (!Arrays.equals(
                    oldPrints.of(oldCatalog.getDictionaryObject(dss), Set.of()),
                    newPrints.of(newCatalog.getDictionaryObject(dss), Set.of()))) {
                allow(Kind.VALIDATION_DATA, null);
            }
        }

        private void compareSignatures() {
            List<COSDictionary> values = signatureValues(after);
            for (COSDictionary value :
                    values.subList(Math.min(signatureValues(before).size(), values.size()), values.size())) {
                allow(
                        DOC_TIME_STAMP.equals(value.getCOSName(COSName.TYPE))
                                ? Kind.DOCUMENT_TIME_STAMPS
                                : Kind.SIGNATURES,
                        null);
            }
        }

        /**
         * Fields a signature present in the signed revision locks (/Lock of its field): changing
         * them is never allowed, whatever the certification permits.
         */
        private Set<String> lockedFields(Map<String, COSDictionary> oldFields, Map<String, COSDictionary> newFields) {
            Set<String> locked = new HashSet<>();
            for (var entry : oldFields.entrySet()) {
                COSDictionary field = entry.getValue();
                if (!SIG.equals(inherited(field, COSName.FT)) || field.getDictionaryObject(COSName.V) == null) {
                    continue;
                }
                COSBase lockBase = field.getDictionaryObject(LOCK);
                if (lockBase instanceof COSDictionary lock) {
                    String action = lock.getNameAsString(COSName.getPDFName("Action"));
                    Set<String> named = new HashSet<>();
                    if (lock.getDictionaryObject(COSName.FIELDS) instanceof COSArray names) {
                        for (int i = 0; i < names.size(); i++) {
                            if (names.getObject(i) instanceof COSString name) {
                                named.add(name.getString());
                            }
                        }
                    }
                    for (String name : newFields.keySet()) {
                        boolean listed = named.contains(name);
                        if ("All".equals(action)
                                || ("Include".equals(action) && listed)
                                || ("Exclude".equals(action) && !listed)) {
                            locked.add(name);
                        }
                    }
                }
            }
            return locked;
        }
    }

    private static void count(Map<String, Integer> counts, String key, int delta) {
        int now = counts.getOrDefault(key, 0) + delta;
        if (now == 0) {
            counts.remove(key);
        } else {
            counts.put(key, now);
        }
    }

    private static List<COSDictionary> pages(PDDocument document) {
        List<COSDictionary> pages = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            pages.add(page.getCOSObject());
        }
        return pages;
    }

    private static List<COSDictionary> annotations(COSDictionary page) {
        List<COSDictionary> annotations = new ArrayList<>();
        if (page.getDictionaryObject(COSName.ANNOTS) instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSDictionary annotation) {
                    annotations.add(annotation);
                }
            }
        }
        return annotations;
    }

    private static boolean isWidget(COSDictionary annotation) {
        return COSName.WIDGET.equals(annotation.getCOSName(COSName.SUBTYPE));
    }

    private static boolean isSignatureField(COSDictionary widget) {
        return SIG.equals(inherited(widget, COSName.FT));
    }

    /** A field attribute, looked up through the field's parents as the form inherits it. */
    private static COSBase inherited(COSDictionary field, COSName key) {
        COSDictionary current = field;
        for (int depth = 0; current != null && depth < 32; depth++) {
            COSBase value = current.getDictionaryObject(key);
            if (value != null) {
                return value;
            }
            current = current.getDictionaryObject(COSName.PARENT) instanceof COSDictionary parent ? parent : null;
        }
        return null;
    }

    /** Terminal form fields by fully qualified name. */
    private static Map<String, COSDictionary> fields(PDDocument document) {
        Map<String, COSDictionary> fields = new LinkedHashMap<>();
        COSDictionary form = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.ACRO_FORM);
        if (form != null && form.getDictionaryObject(COSName.FIELDS) instanceof COSArray roots) {
            Set<COSDictionary> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (int i = 0; i < roots.size(); i++) {
                if (roots.getObject(i) instanceof COSDictionary root) {
                    collect(root, null, fields, seen, 0);
                }
            }
        }
        return fields;
    }

    private static void collect(
            COSDictionary field,
            String parentName,
            Map<String, COSDictionary> into,
            Set<COSDictionary> seen,
            int depth) {
        if (depth > 64 || !seen.add(field) || seen.size() > 100_000) {
            return;
        }
        String partial = field.getString(COSName.T);
        String name = parentName == null
                ? (partial == null ? "" : partial)
                : partial == null ? parentName : parentName + "." + partial;
        boolean hasFieldKids = false;
        if (field.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid && kid.containsKey(COSName.T)) {
                    hasFieldKids = true;
                    collect(kid, name, into, seen, depth + 1);
                }
            }
        }
        if (!hasFieldKids) {
            into.putIfAbsent(name, field);
        }
    }

    /** The widgets of a document's form fields other than signatures. */
    private static Set<COSDictionary> formWidgets(PDDocument document) {
        Set<COSDictionary> widgets = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (COSDictionary field : fields(document).values()) {
            if (!SIG.equals(inherited(field, COSName.FT))) {
                widgets.addAll(widgets(field));
            }
        }
        return widgets;
    }

    /** The pages (1 = first) that show a field's widgets. */
    private static Set<Integer> widgetPages(COSDictionary field, List<COSDictionary> pages) {
        List<COSDictionary> widgets = widgets(field);
        Set<Integer> found = new TreeSet<>();
        for (int i = 0; i < pages.size(); i++) {
            for (COSDictionary annotation : annotations(pages.get(i))) {
                for (COSDictionary widget : widgets) {
                    if (annotation == widget) {
                        found.add(i + 1);
                    }
                }
            }
        }
        return found;
    }

    private static List<COSDictionary> widgets(COSDictionary field) {
        List<COSDictionary> widgets = new ArrayList<>();
        if (field.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    widgets.add(kid);
                }
            }
        } else {
            widgets.add(field);
        }
        return widgets;
    }

    /** The signature dictionaries of signed signature fields, in field order. */
    private static List<COSDictionary> signatureValues(PDDocument document) {
        List<COSDictionary> values = new ArrayList<>();
        for (COSDictionary field : fields(document).values()) {
            if (SIG.equals(inherited(field, COSName.FT))
                    && field.getDictionaryObject(COSName.V) instanceof COSDictionary v) {
                values.add(v);
            }
        }
        return values;
    }

    /** The /DocMDP permission (1, 2 or 3) of a certified document, or 0 when it is not certified. */
    static int docMdpPermission(COSDictionary catalog) {
        if (!(catalog.getDictionaryObject(COSName.PERMS) instanceof COSDictionary perms)
                || !(perms.getDictionaryObject(COSName.DOCMDP) instanceof COSDictionary signature)
                || !(signature.getDictionaryObject(COSName.REFERENCE) instanceof COSArray references)) {
            return 0;
        }
        for (int i = 0; i < references.size(); i++) {
            if (references.getObject(i) instanceof COSDictionary reference
                    && COSName.DOCMDP.equals(reference.getCOSName(COSName.getPDFName("TransformMethod")))) {
                COSDictionary parameters = reference.getCOSDictionary(COSName.getPDFName("TransformParams"));
                int p = parameters == null ? 2 : parameters.getInt(COSName.P, 2);
                return p < 1 || p > 3 ? 2 : p;
            }
        }
        return 0;
    }

    /**
     * Fingerprints (SHA-256) of PDF objects by content, following references. Pages met on the way
     * (from a link or an outline) count by their place in the page tree, not their content, and
     * /Parent and /P links are not followed, so an annotation's print does not drag in its page.
     */
    private static final class Fingerprints {
        private static final int MAX_DEPTH = 200;
        private static final Set<COSName> PAGE_SKIP = Set.of(COSName.ANNOTS, COSName.PARENT);
        private static final Set<COSName> ANNOTATION_SKIP = Set.of(COSName.P, COSName.PARENT);
        private static final Set<COSName> SIGNATURE_WIDGET_SKIP =
                Set.of(COSName.P, COSName.PARENT, COSName.V, COSName.AP, COSName.AS, LOCK, COSName.getPDFName("SV"));
        private static final Set<COSName> FIELD_SKIP = Set.of(COSName.P, COSName.PARENT, COSName.KIDS);
        private static final Set<COSName> INHERITED =
                Set.of(COSName.RESOURCES, COSName.MEDIA_BOX, COSName.CROP_BOX, COSName.ROTATE);

        private final Map<COSDictionary, Integer> pageNumbers = new IdentityHashMap<>();
        private final Map<COSStream, byte[]> streams = new IdentityHashMap<>();

        Fingerprints(PDDocument document) {
            int number = 1;
            for (PDPage page : document.getPages()) {
                pageNumbers.put(page.getCOSObject(), number++);
            }
        }

        /** A page with what it inherits from the page tree, without its annotations. */
        byte[] page(COSDictionary page) {
            MessageDigest digest = sha256();
            walk(page, digest, new IdentityHashMap<>(), PAGE_SKIP, true);
            for (COSName key : INHERITED) {
                if (!page.containsKey(key)) {
                    COSBase value = inherited(page, key);
                    digest.update(key.getName().getBytes(StandardCharsets.UTF_8));
                    walk(value, digest, new IdentityHashMap<>(), Set.of(), false);
                }
            }
            return digest.digest();
        }

        String annotation(COSDictionary annotation) {
            return java.util.HexFormat.of().formatHex(of(annotation, ANNOTATION_SKIP));
        }

        /** A signature widget's place and kind: its value and appearance change when it is signed. */
        String signatureWidget(COSDictionary widget) {
            return java.util.HexFormat.of().formatHex(of(widget, SIGNATURE_WIDGET_SKIP));
        }

        /** A form field's value, flags and the appearances of its widgets. */
        byte[] fieldValue(COSDictionary field) {
            MessageDigest digest = sha256();
            walk(field, digest, new IdentityHashMap<>(), FIELD_SKIP, true);
            for (COSDictionary widget : widgets(field)) {
                if (widget != field) {
                    walk(widget, digest, new IdentityHashMap<>(), ANNOTATION_SKIP, true);
                }
            }
            return digest.digest();
        }

        byte[] of(COSBase base, Set<COSName> skipAtTop) {
            MessageDigest digest = sha256();
            walk(base, digest, new IdentityHashMap<>(), skipAtTop, true);
            return digest.digest();
        }

        private void walk(
                COSBase base, MessageDigest digest, Map<COSBase, Integer> seen, Set<COSName> skip, boolean top) {
            walk(base, digest, seen, skip, top, 0);
        }

        private void walk(
                COSBase base,
                MessageDigest digest,
                Map<COSBase, Integer> seen,
                Set<COSName> skip,
                boolean top,
                int depth) {
            if (depth > MAX_DEPTH) {
                // a structure nested this deep is no document's; compare what lies above it, never overflow the stack
                digest.update((byte) '~');
                return;
            }
            COSBase value = base instanceof COSObject object ? object.getObject() : base;
            if (value == null) {
                digest.update((byte) 'N');
                return;
            }
            if (!top && value instanceof COSDictionary dictionary && pageNumbers.containsKey(dictionary)) {
                digest.update(("page" + pageNumbers.get(dictionary)).getBytes(StandardCharsets.US_ASCII));
                return;
            }
            if (value instanceof COSDictionary || value instanceof COSArray) {
                Integer at = seen.get(value);
                if (at != null) {
                    digest.update(("@" + at).getBytes(StandardCharsets.US_ASCII));
                    return;
                }
                seen.put(value, seen.size());
            }
            if (value instanceof COSStream stream) {
                digest.update((byte) 'S');
                walkDictionary(stream, digest, seen, Set.of(COSName.LENGTH), depth);
                digest.update(streamBytes(stream));
            } else if (value instanceof COSDictionary dictionary) {
                digest.update((byte) 'D');
                walkDictionary(dictionary, digest, seen, top ? union(skip, ANNOTATION_SKIP) : ANNOTATION_SKIP, depth);
            } else if (value instanceof COSArray array) {
                digest.update(("A" + array.size()).getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < array.size(); i++) {
                    walk(array.get(i), digest, seen, Set.of(), false, depth + 1);
                }
            } else if (value instanceof COSString string) {
                digest.update((byte) 's');
                digest.update(intBytes(string.getBytes().length));
                digest.update(string.getBytes());
            } else if (value instanceof COSName name) {
                digest.update(("n" + name.getName() + "\u0000").getBytes(StandardCharsets.UTF_8));
            } else if (value instanceof COSNumber number) {
                digest.update(("#" + number.floatValue() + ";").getBytes(StandardCharsets.US_ASCII));
            } else if (value instanceof COSBoolean bool) {
                digest.update(bool.getValue() ? (byte) 'T' : (byte) 'F');
            } else {
                digest.update((byte) 'N');
            }
        }

        private void walkDictionary(
                COSDictionary dictionary,
                MessageDigest digest,
                Map<COSBase, Integer> seen,
                Set<COSName> skip,
                int depth) {
            List<COSName> keys = new ArrayList<>(dictionary.keySet());
            keys.sort(java.util.Comparator.comparing(COSName::getName));
            for (COSName key : keys) {
                if (skip.contains(key)) {
                    continue;
                }
                digest.update(("k" + key.getName() + "\u0000").getBytes(StandardCharsets.UTF_8));
                walk(dictionary.getItem(key), digest, seen, Set.of(), false, depth + 1);
            }
        }

        private byte[] streamBytes(COSStream stream) {
            return streams.computeIfAbsent(stream, s -> {
                MessageDigest digest = sha256();
                try (InputStream in = s.createRawInputStream()) {
                    byte[] buffer = new byte[8192];
                    for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                        digest.update(buffer, 0, read);
                    }
                } catch (IOException e) {
                    digest.update("unreadable".getBytes(StandardCharsets.US_ASCII));
                }
                return digest.digest();
            });
        }

        private static Set<COSName> union(Set<COSName> a, Set<COSName> b) {
            Set<COSName> all = new HashSet<>(a);
            all.addAll(b);
            return all;
        }

        private static byte[] intBytes(int value) {
            return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

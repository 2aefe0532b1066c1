package vn.egov.signing.pdf;

import java.io.IOException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CertificateException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TimeStampToken;
import vn.egov.signing.api.DocumentChange;
import vn.egov.signing.api.SignatureCheck;
import vn.egov.signing.api.SignatureCheck.Revocation;
import vn.egov.signing.api.SignatureCheck.Trust;
import vn.egov.signing.api.VerificationReport;

/**
 * Verifies every signature in a PDF against the given trust anchors and revocation lists. An
 * unknown CA makes a signature untrusted, never an error; a changed byte makes it broken.
 */
public final class PdfSignatureVerifier {
    private static final String DOCUMENT_TIME_STAMP = "ETSI.RFC3161";
    private static final String DOCUMENT_TIME_STAMP_LEVEL = "PAdES document time-stamp";
    /** More signatures than any real document has; each costs a comparison of revisions. */
    static final int MAX_SIGNATURES = 100;

    private final Set<TrustAnchor> anchors;
    private final Collection<X509CRL> revocationLists;
    private final Clock clock;

    public PdfSignatureVerifier(Collection<X509Certificate> anchors, Collection<X509CRL> revocationLists, Clock clock) {
        this.anchors = anchors.stream().map(a -> new TrustAnchor(a, null)).collect(Collectors.toSet());
        this.revocationLists = List.copyOf(revocationLists);
        this.clock = clock;
    }

    public VerificationReport verify(byte[] pdf) {
        try (PDDocument document = PadesSigner.open(pdf)) {
            List<PDSignature> dictionaries = document.getSignatureDictionaries();
            List<X509CRL> stored = LongTermSignatures.revocationListsIn(document);
            List<X509CRL> lists = new ArrayList<>(revocationLists);
            lists.addAll(stored);
            Context context = new Context(
                    document, pdf, dictionaries, LongTermSignatures.certificatesIn(document), stored, lists);
            if (dictionaries.size() > MAX_SIGNATURES) {
                throw new DocumentRejected(DocumentRejected.Reason.TOO_MANY_SIGNATURES);
            }
            List<SignatureCheck> checks = new ArrayList<>();
            java.util.Set<List<Integer>> ranges = new java.util.HashSet<>();
            for (int i = 0; i < dictionaries.size(); i++) {
                PDSignature dictionary = dictionaries.get(i);
                List<Integer> range = java.util.Arrays.stream(dictionary.getByteRange())
                        .boxed()
                        .toList();
                if (!ranges.add(range)) {
                    // one signature's bytes shown as a second approval: the later dictionary is a copy
                    checks.add(new SignatureCheck(
                            name(dictionary, i),
                            dictionary.getName(),
                            null,
                            List.of(),
                            Trust.UNTRUSTED,
                            "the byte range of another signature",
                            false,
                            false,
                            0,
                            null,
                            null,
                            null,
                            Revocation.UNKNOWN,
                            null,
                            null,
                            null,
                            dictionary.getSubFilter(),
                            List.of(new DocumentChange(DocumentChange.Kind.SIGNATURE_FIELDS, List.of(), false))));
                    continue;
                }
                checks.add(check(context, dictionary, i));
            }
            return new VerificationReport(HexFormat.of().formatHex(CmsSignatures.sha256(pdf)), checks);
        } catch (IOException e) {
            throw new DocumentRejected(DocumentRejected.Reason.DAMAGED, e);
        }
    }

    /**
     * Why a document must not be signed further, as a signing bundle key: an earlier signature is
     * broken, or a revision after one changed what it must not. Null when there is no such problem
     * (trust is not judged here: signing after another authority's signature is allowed).
     *
     * @throws DocumentRejected when the file is no readable PDF
     */
    public static String earlierSignaturesProblem(byte[] pdf) {
        // only integrity and changes are asked: no trust, no lists, and the time plays no part
        VerificationReport report =
                new PdfSignatureVerifier(List.of(), List.of(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).verify(pdf);
        if (report.signatures().stream().anyMatch(check -> !check.intact())) {
            return "sign.earlierBroken";
        }
        return report.changedAfterSigning() ? "sign.earlierChanged" : null;
    }

    /**
     * One document being verified: its signatures, and the certificates and revocation lists it
     * carries in its security store (PAdES B-LT) besides those the verifier was given.
     */
    private record Context(
            PDDocument document,
            byte[] pdf,
            List<PDSignature> all,
            List<X509Certificate> stored,
            List<X509CRL> storedLists,
            List<X509CRL> revocationLists) {
        List<X509Certificate> with(List<X509Certificate> certificates) {
            List<X509Certificate> all = new ArrayList<>(certificates);
            all.addAll(stored);
            return all;
        }
    }

    private SignatureCheck check(Context context, PDSignature dictionary, int index) {
        byte[] pdf = context.pdf();
        List<PDSignature> all = context.all();
        int[] range = dictionary.getByteRange();
        long end = range.length == 4 ? (long) range[2] + range[3] : -1;
        boolean covers = end == pdf.length;
        int later = (int) all.stream()
                .filter(other -> {
                    int[] r = other.getByteRange();
                    return r.length == 4 && (long) r[2] + r[3] > end;
                })
                .count();
        RevisionChanges.Revision revision = RevisionChanges.after(pdf, end, context.document(), range);
        List<DocumentChange> changes = revision.changes();
        // the name, reason, place and time as signed: a later revision may have rewritten the dictionary
        var values = revision.signed() != null
                ? revision.signed()
                : new RevisionChanges.SignedValues(
                        dictionary.getName(),
                        dictionary.getReason(),
                        dictionary.getLocation(),
                        dictionary.getSignDate());
        String level = dictionary.getSubFilter();
        Instant claimed = values.signDate() == null ? null : values.signDate().toInstant();
        SignedBytes signed = SignedBytes.of(dictionary, pdf);
        if (signed == null) {
            return new SignatureCheck(
                    name(dictionary, index),
                    values.name(),
                    null,
                    List.of(),
                    Trust.UNTRUSTED,
                    "no readable signature",
                    false,
                    covers,
                    later,
                    claimed,
                    null,
                    null,
                    Revocation.UNKNOWN,
                    null,
                    values.reason(),
                    values.location(),
                    level,
                    changes);
        }
        if (DOCUMENT_TIME_STAMP.equals(level)) {
            return documentTimeStamp(context, dictionary, index, signed, covers, later, changes);
        }
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed.content()), signed.cms());
            SignerInformation signer =
                    cms.getSignerInfos().getSigners().iterator().next();
            List<X509Certificate> certificates = context.with(certificates(cms));
            X509Certificate certificate = SignerCertificates.find(signer, certificates);
            if (certificate == null) {
                return new SignatureCheck(
                        name(dictionary, index),
                        values.name(),
                        null,
                        List.of(),
                        Trust.UNTRUSTED,
                        "the signer's certificate is not in the signature",
                        false,
                        covers,
                        later,
                        claimed,
                        null,
                        null,
                        Revocation.UNKNOWN,
                        null,
                        values.reason(),
                        values.location(),
                        level,
                        changes);
            }
            boolean intact = SignerCertificates.verifies(signer, certificate);
            SignatureTimeStamps.Found stamp =
                    SignatureTimeStamps.find(signer, (tsa, others, at) -> trusted(tsa, context.with(others), at));
            // only a trusted time-stamp proves the time; otherwise certificates are judged as of now
            Instant proven = stamp != null && stamp.trusted() ? stamp.time() : null;
            PathResult path = path(certificate, certificates, proven != null ? proven : clock.instant());
            Status status = status(path, context.revocationLists());
            if (PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName().equals(level)) {
                // the level is the file's form: an untrusted signer's B-LT file is still B-LT
                X509Certificate issuer = path.certificates().size() > 1
                        ? path.certificates().get(1)
                        : issuerAmong(certificate, certificates);
                boolean stored = issuer != null && revocationListOf(certificate, issuer, context.storedLists()) != null;
                level = level(stamp != null, stored, changes);
            }
            return new SignatureCheck(
                    name(dictionary, index),
                    Names.commonName(certificate.getSubjectX500Principal()),
                    Names.uid(certificate.getSubjectX500Principal()),
                    path.chain(),
                    path.problem() == null ? Trust.TRUSTED : Trust.UNTRUSTED,
                    path.problem(),
                    intact,
                    covers,
                    later,
                    claimed,
                    proven,
                    stamp == null ? null : stamp.authority(),
                    status.revocation(),
                    status.revokedAt(),
                    values.reason(),
                    values.location(),
                    level,
                    changes);
        } catch (CMSException e) {
            return new SignatureCheck(
                    name(dictionary, index),
                    values.name(),
                    null,
                    List.of(),
                    Trust.UNTRUSTED,
                    "the signature is not valid CMS: " + e.getMessage(),
                    false,
                    covers,
                    later,
                    claimed,
                    null,
                    null,
                    Revocation.UNKNOWN,
                    null,
                    values.reason(),
                    values.location(),
                    level,
                    changes);
        }
    }

    /**
     * The PAdES baseline level: B-B, B-T with a signature time-stamp, B-LT when a security store
     * added after the signature holds its issuer's revocation list, B-LTA when a document
     * time-stamp follows that.
     */
    private static String level(boolean timeStamped, boolean revocationStored, List<DocumentChange> changes) {
        if (!timeStamped) {
            return "PAdES B-B";
        }
        boolean stored =
                revocationStored && changes.stream().anyMatch(c -> c.kind() == DocumentChange.Kind.VALIDATION_DATA);
        if (!stored) {
            return "PAdES B-T";
        }
        return changes.stream().anyMatch(c -> c.kind() == DocumentChange.Kind.DOCUMENT_TIME_STAMPS)
                ? "PAdES B-LTA"
                : "PAdES B-LT";
    }

    /**
     * A document time-stamp (PAdES B-LTA, subfilter ETSI.RFC3161): an RFC 3161 token whose message
     * imprint is the digest of the bytes it covers, signed by a time-stamping unit.
     */
    private SignatureCheck documentTimeStamp(
            Context context,
            PDSignature dictionary,
            int index,
            SignedBytes signed,
            boolean covers,
            int later,
            List<DocumentChange> changes) {
        try {
            SignatureTimeStamps.Token token = SignatureTimeStamps.Token.read(
                    new TimeStampToken(new CMSSignedData(signed.cms())), signed.content(), context.stored());
            if (token == null) {
                return new SignatureCheck(
                        name(dictionary, index),
                        "?",
                        null,
                        List.of(),
                        Trust.UNTRUSTED,
                        "the time-stamping unit's certificate is not in the token",
                        false,
                        covers,
                        later,
                        null,
                        null,
                        null,
                        Revocation.UNKNOWN,
                        null,
                        null,
                        null,
                        DOCUMENT_TIME_STAMP_LEVEL,
                        changes);
            }
            X509Certificate authority = token.authority();
            List<X509Certificate> certificates = token.certificates();
            boolean intact = token.intact();
            Instant time = token.time();
            PathResult path = path(authority, certificates, time);
            Status status = status(path, context.revocationLists());
            String name = token.authorityName();
            return new SignatureCheck(
                    name(dictionary, index),
                    name,
                    null,
                    path.chain(),
                    path.problem() == null ? Trust.TRUSTED : Trust.UNTRUSTED,
                    path.problem(),
                    intact,
                    covers,
                    later,
                    null,
                    path.problem() == null && intact ? time : null,
                    name,
                    status.revocation(),
                    status.revokedAt(),
                    null,
                    null,
                    DOCUMENT_TIME_STAMP_LEVEL,
                    changes);
        } catch (Exception e) {
            return new SignatureCheck(
                    name(dictionary, index),
                    dictionary.getName(),
                    null,
                    List.of(),
                    Trust.UNTRUSTED,
                    "the document time-stamp cannot be read: " + e.getMessage(),
                    false,
                    covers,
                    later,
                    null,
                    null,
                    null,
                    Revocation.UNKNOWN,
                    null,
                    null,
                    null,
                    DOCUMENT_TIME_STAMP_LEVEL,
                    changes);
        }
    }

    /** The certificate among these whose key signed this one, or null. */
    private static X509Certificate issuerAmong(X509Certificate certificate, List<X509Certificate> candidates) {
        for (X509Certificate candidate : candidates) {
            if (candidate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
                try {
                    certificate.verify(candidate.getPublicKey());
                    return candidate;
                } catch (java.security.GeneralSecurityException e) {
                    // same name, another key
                }
            }
        }
        return null;
    }

    /** The signer certificate's revocation status, and whether a CA above it on the path was revoked. */
    private record Status(Revocation revocation, Instant revokedAt) {}

    /**
     * Checks every certificate on the path below the anchor against its issuer's list: the signer
     * on the issuing CA's CRL, the issuing CA on the root's ARL. A revoked CA revokes what is below.
     */
    private Status status(PathResult path, List<X509CRL> lists) {
        List<X509Certificate> certificates = path.certificates();
        if (certificates.size() < 2) {
            return new Status(Revocation.UNKNOWN, null);
        }
        X509CRL signerList = revocationListOf(certificates.get(0), certificates.get(1), lists);
        if (signerList == null) {
            return new Status(Revocation.UNKNOWN, null);
        }
        Instant revokedAt = null;
        for (int i = 0; i + 1 < certificates.size(); i++) {
            X509CRL list = i == 0 ? signerList : revocationListOf(certificates.get(i), certificates.get(i + 1), lists);
            X509CRLEntry entry = list == null ? null : list.getRevokedCertificate(certificates.get(i));
            if (entry != null
                    && (revokedAt == null
                            || entry.getRevocationDate().toInstant().isBefore(revokedAt))) {
                revokedAt = entry.getRevocationDate().toInstant();
            }
        }
        return new Status(revokedAt != null ? Revocation.REVOKED : Revocation.GOOD, revokedAt);
    }

    private static String name(PDSignature dictionary, int index) {
        String name = dictionary.getCOSObject().getNameAsString("T");
        return name != null ? name : "Signature" + (index + 1);
    }

    private static List<X509Certificate> certificates(CMSSignedData cms) {
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        List<X509Certificate> certificates = new ArrayList<>();
        for (X509CertificateHolder holder : cms.getCertificates().getMatches(null)) {
            try {
                certificates.add(converter.getCertificate(holder));
            } catch (CertificateException e) {
                // an unreadable extra certificate cannot help build the chain; leave it out
            }
        }
        return certificates;
    }

    /** The chain's subjects, why it is not trusted (null when it is), and the trusted path's certificates, anchor last. */
    record PathResult(List<String> chain, String problem, List<X509Certificate> certificates) {}

    /** Builds a path from the certificate to a trust anchor at the given time (revocation checked apart). */
    PathResult path(X509Certificate certificate, List<X509Certificate> intermediates, Instant at) {
        List<String> found = new ArrayList<>();
        found.add(certificate.getSubjectX500Principal().getName());
        if (anchors.isEmpty()) {
            return new PathResult(untrustedChain(certificate, intermediates), "no trust anchors configured", List.of());
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(certificate);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            parameters.addCertStore(
                    CertStore.getInstance("Collection", new CollectionCertStoreParameters(intermediates)));
            var result = (PKIXCertPathBuilderResult)
                    CertPathBuilder.getInstance("PKIX").build(parameters);
            List<X509Certificate> path = new ArrayList<>();
            result.getCertPath().getCertificates().forEach(c -> path.add((X509Certificate) c));
            path.add(result.getTrustAnchor().getTrustedCert());
            List<String> chain = path.stream()
                    .map(c -> c.getSubjectX500Principal().getName())
                    .toList();
            return new PathResult(chain, null, path);
        } catch (java.security.GeneralSecurityException e) {
            return new PathResult(untrustedChain(certificate, intermediates), e.getMessage(), List.of());
        }
    }

    /** The certificates in the signature from the signer upwards, following issuer names. */
    private static List<String> untrustedChain(X509Certificate certificate, List<X509Certificate> others) {
        List<String> chain = new ArrayList<>();
        X509Certificate current = certificate;
        while (current != null && chain.size() < 10) {
            chain.add(current.getSubjectX500Principal().getName());
            if (current.getIssuerX500Principal().equals(current.getSubjectX500Principal())) {
                break;
            }
            X509Certificate child = current;
            current = others.stream()
                    .filter(c -> c.getSubjectX500Principal().equals(child.getIssuerX500Principal()) && !c.equals(child))
                    .findFirst()
                    .orElse(null);
        }
        return chain;
    }

    /** Whether a time-stamp authority's certificate chains to a trust anchor. */
    boolean trusted(X509Certificate certificate, List<X509Certificate> others, Instant at) {
        return path(certificate, others, at).problem() == null;
    }

    /** The revocation list of the certificate's issuer, signed by that issuer's key, or null. */
    private static X509CRL revocationListOf(X509Certificate certificate, X509Certificate issuer, List<X509CRL> lists) {
        X509CRL newest = null;
        for (X509CRL list : lists) {
            if (list.getIssuerX500Principal().equals(certificate.getIssuerX500Principal())) {
                try {
                    list.verify(issuer.getPublicKey());
                    if (newest == null || list.getThisUpdate().after(newest.getThisUpdate())) {
                        newest = list;
                    }
                } catch (java.security.GeneralSecurityException e) {
                    // a list with the same issuer name from another key says nothing about this certificate
                }
            }
        }
        return newest;
    }
}

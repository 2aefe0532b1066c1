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
            List<SignatureCheck> checks = new ArrayList<>();
            for (int i = 0; i < dictionaries.size(); i++) {
                checks.add(check(document, dictionaries.get(i), pdf, dictionaries, i));
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
        VerificationReport report = new PdfSignatureVerifier(List.of(), List.of(), Clock.systemUTC()).verify(pdf);
        if (report.signatures().stream().anyMatch(check -> !check.intact())) {
            return "sign.earlierBroken";
        }
        return report.changedAfterSigning() ? "sign.earlierChanged" : null;
    }

    private SignatureCheck check(PDDocument document, PDSignature dictionary, byte[] pdf, List<PDSignature> all, int index)
        throws IOException {
        int[] range = dictionary.getByteRange();
        long end = range.length == 4 ? (long) range[2] + range[3] : -1;
        boolean covers = end == pdf.length;
        int later = (int) all.stream().filter(other -> {
            int[] r = other.getByteRange();
            return r.length == 4 && (long) r[2] + r[3] > end;
        }).count();
        List<DocumentChange> changes = RevisionChanges.after(pdf, end, document);
        String level = dictionary.getSubFilter();
        Instant claimed = dictionary.getSignDate() == null ? null : dictionary.getSignDate().toInstant();
        SignedBytes signed = SignedBytes.of(dictionary, pdf);
        if (signed == null) {
            return new SignatureCheck(name(dictionary, index), dictionary.getName(), null, List.of(), Trust.UNTRUSTED,
                "no readable signature", false, covers, later, claimed, null, null, Revocation.UNKNOWN, null,
                dictionary.getReason(), dictionary.getLocation(), level, changes);
        }
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed.content()), signed.cms());
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            List<X509Certificate> certificates = certificates(cms);
            X509Certificate certificate = SignerCertificates.find(signer, certificates);
            if (certificate == null) {
                return new SignatureCheck(name(dictionary, index), dictionary.getName(), null, List.of(), Trust.UNTRUSTED,
                    "the signer's certificate is not in the signature", false, covers, later, claimed, null, null,
                    Revocation.UNKNOWN, null, dictionary.getReason(), dictionary.getLocation(), level, changes);
            }
            boolean intact = SignerCertificates.verifies(signer, certificate);
            SignatureTimeStamps.Found stamp = SignatureTimeStamps.find(signer, this::trusted);
            if (PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName().equals(level)) {
                level = stamp != null ? "PAdES B-T" : "PAdES B-B";
            }
            // only a trusted time-stamp proves the time; otherwise certificates are judged as of now
            Instant proven = stamp != null && stamp.trusted() ? stamp.time() : null;
            PathResult path = path(certificate, certificates, proven != null ? proven : clock.instant());
            X509CRLEntry revoked = null;
            Revocation revocation = Revocation.UNKNOWN;
            X509CRL list = path.issuer() == null ? null : revocationListOf(certificate, path.issuer());
            if (list != null) {
                revoked = list.getRevokedCertificate(certificate);
                revocation = revoked != null ? Revocation.REVOKED : Revocation.GOOD;
            }
            return new SignatureCheck(name(dictionary, index), Names.commonName(certificate.getSubjectX500Principal()),
                Names.uid(certificate.getSubjectX500Principal()), path.chain(), path.problem() == null ? Trust.TRUSTED : Trust.UNTRUSTED,
                path.problem(), intact, covers, later, claimed, proven, stamp == null ? null : stamp.authority(),
                revocation, revoked == null ? null : revoked.getRevocationDate().toInstant(),
                dictionary.getReason(), dictionary.getLocation(), level, changes);
        } catch (CMSException e) {
            return new SignatureCheck(name(dictionary, index), dictionary.getName(), null, List.of(), Trust.UNTRUSTED,
                "the signature is not valid CMS: " + e.getMessage(), false, covers, later, claimed, null, null,
                Revocation.UNKNOWN, null, dictionary.getReason(), dictionary.getLocation(), level, changes);
        }
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

    /** The chain's subjects, why it is not trusted (null when it is), and the signer's trusted issuer. */
    record PathResult(List<String> chain, String problem, X509Certificate issuer) {
    }

    /** Builds a path from the certificate to a trust anchor at the given time (revocation checked apart). */
    PathResult path(X509Certificate certificate, List<X509Certificate> intermediates, Instant at) {
        List<String> found = new ArrayList<>();
        found.add(certificate.getSubjectX500Principal().getName());
        if (anchors.isEmpty()) {
            return new PathResult(untrustedChain(certificate, intermediates), "no trust anchors configured", null);
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(certificate);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(intermediates)));
            var result = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(parameters);
            List<X509Certificate> path = new ArrayList<>();
            result.getCertPath().getCertificates().forEach(c -> path.add((X509Certificate) c));
            path.add(result.getTrustAnchor().getTrustedCert());
            List<String> chain = path.stream().map(c -> c.getSubjectX500Principal().getName()).toList();
            return new PathResult(chain, null, path.size() > 1 ? path.get(1) : null);
        } catch (java.security.GeneralSecurityException e) {
            return new PathResult(untrustedChain(certificate, intermediates), e.getMessage(), null);
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
            current = others.stream().filter(c -> c.getSubjectX500Principal().equals(child.getIssuerX500Principal())
                && !c.equals(child)).findFirst().orElse(null);
        }
        return chain;
    }

    /** Whether a time-stamp authority's certificate chains to a trust anchor. */
    boolean trusted(X509Certificate certificate, List<X509Certificate> others, Instant at) {
        return path(certificate, others, at).problem() == null;
    }

    /** The revocation list of the certificate's issuer, signed by that issuer's key, or null. */
    private X509CRL revocationListOf(X509Certificate certificate, X509Certificate issuer) {
        for (X509CRL list : revocationLists) {
            if (list.getIssuerX500Principal().equals(certificate.getIssuerX500Principal())) {
                try {
                    list.verify(issuer.getPublicKey());
                    return list;
                } catch (java.security.GeneralSecurityException e) {
                    // a list with the same issuer name from another key says nothing about this certificate
                }
            }
        }
        return null;
    }
}

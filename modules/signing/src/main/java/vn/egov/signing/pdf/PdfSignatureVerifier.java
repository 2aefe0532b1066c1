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
                checks.add(check(dictionaries.get(i), pdf, dictionaries, i));
            }
            return new VerificationReport(HexFormat.of().formatHex(CmsSignatures.sha256(pdf)), checks);
        } catch (IOException e) {
            throw new DocumentRejected(DocumentRejected.Reason.DAMAGED, e);
        }
    }

    private SignatureCheck check(PDSignature dictionary, byte[] pdf, List<PDSignature> all, int index) throws IOException {
        int[] range = dictionary.getByteRange();
        long end = range.length == 4 ? (long) range[2] + range[3] : -1;
        boolean covers = end == pdf.length;
        int later = (int) all.stream().filter(other -> {
            int[] r = other.getByteRange();
            return r.length == 4 && (long) r[2] + r[3] > end;
        }).count();
        String level = dictionary.getSubFilter();
        Instant claimed = dictionary.getSignDate() == null ? null : dictionary.getSignDate().toInstant();
        SignedBytes signed = SignedBytes.of(dictionary, pdf);
        if (signed == null) {
            return new SignatureCheck(name(dictionary, index), dictionary.getName(), null, List.of(), Trust.UNTRUSTED,
                "no readable signature", false, covers, later, claimed, null, null, Revocation.UNKNOWN, null,
                dictionary.getReason(), dictionary.getLocation(), level);
        }
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed.content()), signed.cms());
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            List<X509Certificate> certificates = certificates(cms);
            X509Certificate certificate = SignerCertificates.find(signer, certificates);
            if (certificate == null) {
                return new SignatureCheck(name(dictionary, index), dictionary.getName(), null, List.of(), Trust.UNTRUSTED,
                    "the signer's certificate is not in the signature", false, covers, later, claimed, null, null,
                    Revocation.UNKNOWN, null, dictionary.getReason(), dictionary.getLocation(), level);
            }
            boolean intact = SignerCertificates.verifies(signer, certificate);
            SignatureTimeStamps.Found stamp = SignatureTimeStamps.find(signer, this::trusted);
            if (stamp != null && PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName().equals(level)) {
                level = "PAdES B-T";
            } else if (PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName().equals(level)) {
                level = "PAdES B-B";
            }
            Instant at = stamp != null ? stamp.time() : clock.instant();
            PathResult path = path(certificate, certificates, at);
            X509CRLEntry revoked = revocationEntry(certificate);
            Revocation revocation = revoked != null ? Revocation.REVOKED
                : revocationListOf(certificate) != null ? Revocation.GOOD : Revocation.UNKNOWN;
            return new SignatureCheck(name(dictionary, index), Names.commonName(certificate.getSubjectX500Principal()),
                Names.uid(certificate.getSubjectX500Principal()), path.chain(), path.problem() == null ? Trust.TRUSTED : Trust.UNTRUSTED,
                path.problem(), intact, covers, later, claimed, stamp == null ? null : stamp.time(),
                stamp == null ? null : stamp.authority(), revocation, revoked == null ? null : revoked.getRevocationDate().toInstant(),
                dictionary.getReason(), dictionary.getLocation(), level);
        } catch (CMSException e) {
            return new SignatureCheck(name(dictionary, index), dictionary.getName(), null, List.of(), Trust.UNTRUSTED,
                "the signature is not valid CMS: " + e.getMessage(), false, covers, later, claimed, null, null,
                Revocation.UNKNOWN, null, dictionary.getReason(), dictionary.getLocation(), level);
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

    record PathResult(List<String> chain, String problem) {
    }

    /** Builds a path from the certificate to a trust anchor at the given time (revocation checked apart). */
    PathResult path(X509Certificate certificate, List<X509Certificate> intermediates, Instant at) {
        List<String> found = new ArrayList<>();
        found.add(certificate.getSubjectX500Principal().getName());
        if (anchors.isEmpty()) {
            return new PathResult(found, "no trust anchors configured");
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(certificate);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(intermediates)));
            var result = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(parameters);
            List<String> chain = new ArrayList<>();
            result.getCertPath().getCertificates().forEach(c -> chain.add(((X509Certificate) c).getSubjectX500Principal().getName()));
            chain.add(result.getTrustAnchor().getTrustedCert().getSubjectX500Principal().getName());
            return new PathResult(chain, null);
        } catch (java.security.GeneralSecurityException e) {
            for (X509Certificate c : intermediates) {
                if (!c.equals(certificate)) {
                    found.add(c.getSubjectX500Principal().getName());
                }
            }
            return new PathResult(found, e.getMessage());
        }
    }

    /** Whether a time-stamp authority's certificate chains to a trust anchor. */
    boolean trusted(X509Certificate certificate, List<X509Certificate> others, Instant at) {
        return path(certificate, others, at).problem() == null;
    }

    private X509CRL revocationListOf(X509Certificate certificate) {
        return revocationLists.stream().filter(crl -> crl.getIssuerX500Principal().equals(certificate.getIssuerX500Principal()))
            .findFirst().orElse(null);
    }

    private X509CRLEntry revocationEntry(X509Certificate certificate) {
        X509CRL list = revocationListOf(certificate);
        return list == null ? null : list.getRevokedCertificate(certificate);
    }
}

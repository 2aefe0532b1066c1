package vn.egov.signing.custody;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;

/**
 * A Bouncy Castle content signer whose private key stays in the custody: it collects the bytes
 * to be signed and hands them to {@link KeyCustody#sign} by reference.
 */
public final class CustodySigner implements ContentSigner {
    private final KeyCustody custody;
    private final String reference;
    private final String algorithm;
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();

    public CustodySigner(KeyCustody custody, String reference, String algorithm) {
        this.custody = custody;
        this.reference = reference;
        this.algorithm = algorithm;
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
        return new DefaultSignatureAlgorithmIdentifierFinder().find(algorithm);
    }

    @Override
    public OutputStream getOutputStream() {
        return data;
    }

    @Override
    public byte[] getSignature() {
        return custody.sign(reference, algorithm, data.toByteArray());
    }
}

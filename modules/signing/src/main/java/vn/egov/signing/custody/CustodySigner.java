package vn.egov.signing.custody;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.security.PrivateKey;
import java.util.function.Function;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;

/**
 * A Bouncy Castle content signer whose private key stays in the custody: it collects the bytes
 * to be signed and hands them to {@link KeyCustody#sign} by reference.
 */
public final class CustodySigner implements ContentSigner {
    private final Function<byte[], byte[]> signing;
    private final String algorithm;
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();

    public CustodySigner(KeyCustody custody, String reference, String algorithm) {
        this(bytes -> custody.sign(reference, algorithm, bytes), algorithm);
    }

    private CustodySigner(Function<byte[], byte[]> signing, String algorithm) {
        this.signing = signing;
        this.algorithm = algorithm;
    }

    /** A signer with a key the custody generated and has not kept yet (a root signs its own certificate). */
    public static CustodySigner withNewKey(KeyCustody custody, PrivateKey key, String algorithm) {
        return new CustodySigner(bytes -> custody.signWith(key, algorithm, bytes), algorithm);
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
        return signing.apply(data.toByteArray());
    }
}

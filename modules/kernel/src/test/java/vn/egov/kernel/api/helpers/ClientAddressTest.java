package vn.egov.kernel.api.helpers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
    private static final Set<String> PROXIES = Set.of("10.0.0.5", "10.0.0.6");

    @Test
    void withoutATrustedProxyTheConnectionsPeerIsTheClient() {
        assertEquals("203.113.1.9", ClientAddress.of("203.113.1.9", null, PROXIES));
        assertEquals(
                "203.113.1.9", ClientAddress.of("203.113.1.9", "1.2.3.4", PROXIES), "a client's own header is ignored");
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "1.2.3.4", Set.of()), "no proxy trusted by default");
    }

    @Test
    void behindTrustedProxiesTheNearestUntrustedAddressIsTheClient() {
        assertEquals("113.160.2.7", ClientAddress.of("10.0.0.5", "113.160.2.7", PROXIES));
        assertEquals(
                "113.160.2.7",
                ClientAddress.of("10.0.0.5", " 113.160.2.7 , 10.0.0.6", PROXIES),
                "two proxies in a row");
        assertEquals(
                "113.160.2.7",
                ClientAddress.of("10.0.0.5", "6.6.6.6, 113.160.2.7", PROXIES),
                "an address the client forged in front of its own is not believed");
    }

    @Test
    void aChainOfOnlyProxiesOrAnEmptyHeaderFallsBack() {
        assertEquals("10.0.0.6", ClientAddress.of("10.0.0.5", "10.0.0.6", PROXIES));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", " , ", PROXIES));
    }
}

package vn.egov.kernel.api.helpers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PublicAddressTest {

    @Test
    void addressesOnlyThisMachineOrNetworkReachesAreNotPublic() {
        for (String url : new String[] {
            "http://127.0.0.1:8080/",
            "http://localhost:8080/",
            "https://10.1.2.3/",
            "http://172.20.0.5/",
            "http://192.168.1.10/",
            "http://169.254.1.1/",
            "http://[::1]:8080/",
            "http://[fd12::1]/",
            "http://100.64.0.1/",
            "http://dichvucong.local/",
            "http://app.internal/",
            "http://server/",
            "not a url",
            "http://0.0.0.0/"
        }) {
            assertFalse(PublicAddress.reachableFromOutside(url), url);
        }
    }

    @Test
    void aPublicNameOrAddressIs() {
        for (String url :
                new String[] {"https://dichvucong.bacninh.gov.vn/", "https://203.162.10.5/", "http://[2001:db8::1]/"}) {
            assertTrue(PublicAddress.reachableFromOutside(url), url);
        }
    }
}

package vn.egov.kernel.api.helpers;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.egov.kernel.api.ConfigKeys;

/**
 * The address of the person behind a request. Behind a reverse proxy every request comes from
 * the proxy, so flood limits and the audit log would see one address for the whole province.
 * The proxies named in {@code platform.trustedProxies} (comma-separated addresses) are believed
 * about the {@code X-Forwarded-For} header they add; anyone else's header is ignored, since a
 * client can write whatever it likes there.
 */
public final class ClientAddress {
    public static final String TRUSTED_PROXIES = ConfigKeys.TRUSTED_PROXIES;

    /** Read once: the deployment's proxies do not change while it runs. */
    private static volatile Set<String> trusted;

    private ClientAddress() {}

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies());
    }

    /**
     * The nearest address, walking back from the connection's peer through the forwarding chain,
     * that is not one of the trusted proxies.
     */
    public static String of(String remoteAddress, String forwardedFor, Set<String> trustedProxies) {
        if (remoteAddress == null || !trustedProxies.contains(remoteAddress) || forwardedFor == null) {
            return remoteAddress;
        }
        List<String> chain = Arrays.stream(forwardedFor.split(","))
                .map(String::strip)
                .filter(a -> !a.isEmpty())
                .toList();
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (!trustedProxies.contains(chain.get(i))) {
                return chain.get(i);
            }
        }
        return chain.isEmpty() ? remoteAddress : chain.get(0);
    }

    private static Set<String> trustedProxies() {
        Set<String> known = trusted;
        if (known == null) {
            known = read();
            trusted = known;
        }
        return known;
    }

    private static Set<String> read() {
        return ConfigProvider.getConfig()
                .getOptionalValue(TRUSTED_PROXIES, String.class)
                .map(list -> Arrays.stream(list.split(","))
                        .map(String::strip)
                        .filter(a -> !a.isEmpty())
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }
}

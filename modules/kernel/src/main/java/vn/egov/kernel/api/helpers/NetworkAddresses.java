package vn.egov.kernel.api.helpers;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Whether an address can be reached from outside this machine's network. Plain JDK, so the
 * launcher can use it before the platform runs.
 */
public final class NetworkAddresses {
    private NetworkAddresses() {}

    /**
     * False for a loopback, private, link-local, unique-local, shared (100.64/10) or unspecified
     * address and for local names (localhost, *.localhost, *.local, *.internal, *.lan,
     * *.home.arpa, a name without a dot); names are judged by their form, never looked up.
     */
    public static boolean reachableFromOutside(String url) {
        String host;
        try {
            host = URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
        if (host == null || host.isBlank()) {
            return false;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        boolean literal = host.matches("[0-9.]+") || host.contains(":");
        if (!literal) {
            return host.contains(".")
                    && !host.equals("localhost")
                    && !host.endsWith(".localhost")
                    && !host.endsWith(".local")
                    && !host.endsWith(".internal")
                    && !host.endsWith(".lan")
                    && !host.endsWith(".home.arpa");
        }
        try {
            InetAddress address = InetAddress.getByName(host);
            byte[] bytes = address.getAddress();
            boolean uniqueLocal = address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc;
            boolean sharedAddressSpace = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
            return !(address.isLoopbackAddress()
                    || address.isSiteLocalAddress()
                    || address.isLinkLocalAddress()
                    || address.isAnyLocalAddress()
                    || uniqueLocal
                    || sharedAddressSpace);
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

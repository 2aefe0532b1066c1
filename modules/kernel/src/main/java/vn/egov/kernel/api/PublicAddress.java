package vn.egov.kernel.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address citizens reach the platform at ({@code platform.publicUrl}). Links in messages and
 * {@code Location} headers are built from it, never from a request's Host header, which a client chooses.
 */
@ApplicationScoped
public class PublicAddress {
    @Inject
    @ConfigProperty(name = "platform.publicUrl", defaultValue = "http://127.0.0.1:8080/")
    String publicUrl;

    /** The public address with a trailing slash. */
    public String base() {
        return publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    /** An absolute link to a path of the platform (without a leading slash, e.g. "feedback/track.xhtml"). */
    public String of(String path) {
        return base() + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** scheme://host[:port] of the public address, lower case, without a default port: what browsers send as Origin. */
    public String origin() {
        java.net.URI uri = java.net.URI.create(base());
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equals(uri.getScheme()) && port == 80) || ("https".equals(uri.getScheme()) && port == 443);
        return (uri.getScheme() + "://" + uri.getHost() + (defaultPort ? "" : ":" + port)).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether people outside this machine's network can reach the public address: false for a
     * loopback, private, link-local or unique-local address and for local names (localhost,
     * *.local, *.internal, *.lan, a name without a dot). Certificates name this address for life.
     */
    public boolean reachableFromOutside() {
        return reachableFromOutside(base());
    }

    /** {@link #reachableFromOutside()} for any URL; names are judged by their form, never looked up. */
    public static boolean reachableFromOutside(String url) {
        String host;
        try {
            host = java.net.URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (host == null || host.isBlank()) {
            return false;
        }
        host = host.toLowerCase(java.util.Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        boolean literal = host.matches("[0-9.]+") || host.contains(":");
        if (!literal) {
            return host.contains(".") && !host.equals("localhost") && !host.endsWith(".localhost") && !host.endsWith(".local")
                && !host.endsWith(".internal") && !host.endsWith(".lan") && !host.endsWith(".home.arpa");
        }
        try {
            java.net.InetAddress address = java.net.InetAddress.getByName(host);
            boolean uniqueLocal = address instanceof java.net.Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
            boolean sharedAddressSpace = address.getAddress().length == 4 && (address.getAddress()[0] & 0xff) == 100
                && (address.getAddress()[1] & 0xc0) == 64;
            return !(address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || uniqueLocal || sharedAddressSpace);
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /** Whether pages are served over https, so cookies can be marked Secure. */
    public boolean secure() {
        return publicUrl.regionMatches(true, 0, "https://", 0, 8);
    }
}

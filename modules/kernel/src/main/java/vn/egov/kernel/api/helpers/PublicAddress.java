package vn.egov.kernel.api.helpers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.egov.kernel.api.ConfigKeys;

/**
 * The address citizens reach the platform at ({@code platform.publicUrl}). Links in messages and
 * {@code Location} headers are built from it, never from a request's Host header, which a client chooses.
 */
@ApplicationScoped
public class PublicAddress {
    @Inject
    @ConfigProperty(name = ConfigKeys.PUBLIC_URL, defaultValue = ConfigKeys.PUBLIC_URL_DEFAULT)
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
        boolean defaultPort = port == -1
                || ("http".equals(uri.getScheme()) && port == 80)
                || ("https".equals(uri.getScheme()) && port == 443);
        return (uri.getScheme() + "://" + uri.getHost() + (defaultPort ? "" : ":" + port))
                .toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether people outside this machine's network can reach the public address: false for a
     * loopback, private, link-local or unique-local address and for local names (localhost,
     * *.local, *.internal, *.lan, a name without a dot). Certificates name this address for life.
     */
    public boolean reachableFromOutside() {
        return reachableFromOutside(base());
    }

    /** {@link #reachableFromOutside()} for any URL; see {@link NetworkAddresses#reachableFromOutside}. */
    public static boolean reachableFromOutside(String url) {
        return NetworkAddresses.reachableFromOutside(url);
    }

    /** Whether pages are served over https, so cookies can be marked Secure. */
    public boolean secure() {
        return publicUrl.regionMatches(true, 0, "https://", 0, 8);
    }
}

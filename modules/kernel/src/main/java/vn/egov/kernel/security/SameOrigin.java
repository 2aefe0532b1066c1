package vn.egov.kernel.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * Whether a browser's request provably comes from the platform's own pages: the Fetch Metadata
 * header {@code Sec-Fetch-Site} says so, or, from browsers without it, the {@code Origin} header
 * names the platform's public address or the address the request was sent to. A request that
 * proves nothing is not taken as same-origin.
 */
final class SameOrigin {
    private SameOrigin() {}

    static boolean proven(HttpServletRequest request, String publicOrigin) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin") || site.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.equals("null")) {
            return false;
        }
        String claimed = origin.toLowerCase(Locale.ROOT);
        return claimed.equals(publicOrigin) || claimed.equals(requestOrigin(request));
    }

    private static String requestOrigin(HttpServletRequest request) {
        String host = request.getHeader("Host");
        return host == null ? "" : (request.getScheme() + "://" + host).toLowerCase(Locale.ROOT);
    }
}

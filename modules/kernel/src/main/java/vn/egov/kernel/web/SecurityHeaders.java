package vn.egov.kernel.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import vn.egov.kernel.api.helpers.ClientAddress;
import vn.egov.kernel.api.helpers.PublicAddress;

/**
 * What every answer of the platform carries, whatever module serves it: no content sniffing, no
 * referrer to other sites (a sender's own link holds his secret), no framing by other sites, a
 * content security policy (PrimeFaces adds the script nonces in its CSP mode), and redirects to the
 * configured public address rather than the Host header a client sent. The metrics, which tell
 * much about the platform, answer only to administrators and to the machine itself.
 */
@WebFilter(urlPatterns = "/*", filterName = "SecurityHeaders")
public class SecurityHeaders extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /**
     * Scripts are held to the page's nonces by PrimeFaces' own policy header (its CSP mode, web.xml);
     * this one leaves scripts to it, since a script must satisfy both. Map tiles come over https.
     */
    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; img-src 'self' data: https:; "
            + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Inject
    transient PublicAddress address;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/metrics") && !mayReadMetrics(request)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("Permissions-Policy", "geolocation=(self), camera=(), microphone=(), payment=()");
        chain.doFilter(request, new PublicRedirects(response, address.origin()));
    }

    private static boolean mayReadMetrics(HttpServletRequest request) {
        if (request.isUserInRole("ADMIN")) {
            return true;
        }
        try {
            return InetAddress.getByName(ClientAddress.of(request)).isLoopbackAddress();
        } catch (UnknownHostException | RuntimeException e) {
            return false;
        }
    }

    /** Redirects to a path of ours go to the public address, not to whatever Host the client named. */
    static final class PublicRedirects extends HttpServletResponseWrapper {
        private final String origin;

        PublicRedirects(HttpServletResponse response, String origin) {
            super(response);
            this.origin = origin;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(absolute(location, origin));
        }

        static String absolute(String location, String origin) {
            return location.startsWith("/") && !location.startsWith("//") ? origin + location : location;
        }
    }
}

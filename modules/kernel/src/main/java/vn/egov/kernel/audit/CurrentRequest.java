package vn.egov.kernel.audit;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import vn.egov.kernel.api.ClientAddress;

/**
 * Remembers the HTTP request being served on this thread, so that services deep below a page
 * or a REST call can tell who acts and from which address without passing it along.
 */
@WebListener
public class CurrentRequest implements ServletRequestListener {
    private static final ThreadLocal<HttpServletRequest> REQUEST = new ThreadLocal<>();

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (event.getServletRequest() instanceof HttpServletRequest http) {
            REQUEST.set(http);
        }
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        REQUEST.remove();
    }

    /** The signed-in user's name, or "anonymous" in a request without one, or "system" outside requests. */
    public static String actor() {
        HttpServletRequest request = REQUEST.get();
        if (request == null) {
            return "system";
        }
        Principal principal = request.getUserPrincipal();
        return principal == null ? "anonymous" : principal.getName();
    }

    public static Optional<String> remoteAddress() {
        return Optional.ofNullable(REQUEST.get()).map(ClientAddress::of);
    }
}

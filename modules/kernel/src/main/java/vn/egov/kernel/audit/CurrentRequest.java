package vn.egov.kernel.audit;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import java.util.UUID;
import vn.egov.kernel.api.helpers.ClientAddress;

/**
 * Remembers the HTTP request being served on this thread, so that services deep below a page
 * or a REST call can tell who acts and from which address without passing it along.
 */
@WebListener
public class CurrentRequest implements ServletRequestListener {
    private static final ThreadLocal<HttpServletRequest> REQUEST = new ThreadLocal<>();
    private static final String UPLOADER = CurrentRequest.class.getName() + ".uploader";

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

    /**
     * Whose uploads this request makes: the signed-in user's name; for an anonymous request a tag
     * made once per request ({@code anonymous:} and a random id), so that anonymous senders never
     * share files; "system" outside requests.
     */
    public static String uploader() {
        HttpServletRequest request = REQUEST.get();
        if (request == null) {
            return "system";
        }
        Principal principal = request.getUserPrincipal();
        if (principal != null) {
            return principal.getName();
        }
        Object tag = request.getAttribute(UPLOADER);
        if (tag == null) {
            tag = "anonymous:" + UUID.randomUUID();
            request.setAttribute(UPLOADER, tag);
        }
        return tag.toString();
    }

    public static Optional<String> remoteAddress() {
        return Optional.ofNullable(REQUEST.get()).map(ClientAddress::of);
    }
}

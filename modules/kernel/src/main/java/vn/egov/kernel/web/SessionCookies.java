package vn.egov.kernel.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import vn.egov.kernel.api.helpers.PublicAddress;

/**
 * Marks the session cookie Secure when citizens reach the platform over https
 * ({@code platform.publicUrl}): behind a TLS proxy the container itself sees plain http and
 * would not. SameSite=Lax comes from glassfish-web.xml.
 */
@WebListener
public class SessionCookies implements ServletContextListener {
    @Inject
    PublicAddress address;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (address.secure()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}

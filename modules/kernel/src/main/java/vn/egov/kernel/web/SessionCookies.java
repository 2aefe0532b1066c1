package vn.egov.kernel.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie Secure when citizens reach the platform over https
 * ({@code platform.publicUrl}): behind a TLS proxy the container itself sees plain http and
 * would not. SameSite=Lax comes from glassfish-web.xml.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String publicUrl = ConfigProvider.getConfig().getOptionalValue("platform.publicUrl", String.class).orElse("");
        if (publicUrl.regionMatches(true, 0, "https://", 0, 8)) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}

package vn.egov.kernel.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.egov.kernel.api.ConfigKeys;

/**
 * The e-mail adapter: SMTP from configuration ({@code platform.mail.*}). Where no host is
 * configured (the embedded default), messages are written to the log instead, marked as such.
 */
@ApplicationScoped
public class MailSender {
    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Inject
    @ConfigProperty(name = ConfigKeys.MAIL_HOST)
    Optional<String> host;

    @Inject
    @ConfigProperty(name = ConfigKeys.MAIL_PORT, defaultValue = ConfigKeys.MAIL_PORT_DEFAULT)
    int port;

    @Inject
    @ConfigProperty(name = ConfigKeys.MAIL_USER)
    Optional<String> user;

    @Inject
    @ConfigProperty(name = ConfigKeys.MAIL_PASSWORD)
    Optional<String> password;

    @Inject
    @ConfigProperty(name = ConfigKeys.MAIL_FROM, defaultValue = ConfigKeys.MAIL_FROM_DEFAULT)
    String from;

    public boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public void send(String to, String subject, String body) throws MessagingException {
        if (!configured()) {
            LOG.info(() -> "[mail not configured, logged only] to=" + to + " subject=" + subject);
            return;
        }
        Properties props = new Properties();
        props.put("mail.smtp.host", host.get());
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.auth", String.valueOf(user.isPresent()));
        Session session = Session.getInstance(
                props,
                user.isEmpty()
                        ? null
                        : new jakarta.mail.Authenticator() {
                            @Override
                            protected PasswordAuthentication getPasswordAuthentication() {
                                return new PasswordAuthentication(user.get(), password.orElse(""));
                            }
                        });
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        Transport.send(message);
    }
}

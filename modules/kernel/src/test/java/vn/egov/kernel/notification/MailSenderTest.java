package vn.egov.kernel.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MailSenderTest {
    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static MailSender sender(Optional<String> host, int port) {
        MailSender sender = new MailSender();
        sender.host = host;
        sender.port = port;
        sender.user = Optional.empty();
        sender.password = Optional.empty();
        sender.from = "no-reply@dichvucong.local";
        return sender;
    }

    @Test
    void sendsVietnameseMailThroughTheConfiguredServer() throws Exception {
        MailSender sender = sender(Optional.of("127.0.0.1"), SMTP.getSmtp().getPort());
        assertTrue(sender.configured());
        sender.send("an@example.vn", "Hồ sơ đã được tiếp nhận", "Mã hồ sơ: HS-2026-000001. Cảm ơn ông/bà.");
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("Hồ sơ đã được tiếp nhận", received[0].getSubject());
        assertTrue(GreenMailUtil.getBody(received[0]).contains("HS-2026-000001"));
        assertEquals("an@example.vn", received[0].getAllRecipients()[0].toString());
    }

    @Test
    void withoutAServerMessagesAreOnlyLogged() throws Exception {
        MailSender sender = sender(Optional.empty(), 587);
        assertFalse(sender.configured());
        sender.send("an@example.vn", "Thử", "Không gửi đi");
        assertEquals(0, SMTP.getReceivedMessages().length);
    }
}

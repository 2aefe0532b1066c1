package vn.egov.kernel.api.helpers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PageMessagesTest {
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    void vietnameseComesFromTheBaseBundleEvenOnAnEnglishServer() {
        Locale.setDefault(Locale.US);
        assertEquals("Xin chào Lan", PageMessages.text(new Locale("vi"), "i18n.pagemessages-test", "greeting", "Lan"));
    }

    @Test
    void englishComesFromTheEnglishBundle() {
        assertEquals("Hello Lan", PageMessages.text(Locale.ENGLISH, "i18n.pagemessages-test", "greeting", "Lan"));
    }

    @Test
    void aMissingKeyIsShownAsItself() {
        assertEquals("nothing.here", PageMessages.text(new Locale("vi"), "i18n.pagemessages-test", "nothing.here"));
    }
}

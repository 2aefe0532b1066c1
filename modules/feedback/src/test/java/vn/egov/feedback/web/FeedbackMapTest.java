package vn.egov.feedback.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.egov.feedback.FeedbackModule;
import vn.egov.kernel.api.Settings;

class FeedbackMapTest {
    private final Map<String, String> values = new HashMap<>();
    private final FeedbackMap map = new FeedbackMap();

    FeedbackMapTest() {
        map.settings = new Settings() {
            @Override
            public String get(String key, String defaultValue) {
                return values.getOrDefault(key, defaultValue);
            }

            @Override
            public void put(String key, String value) {
                values.put(key, value);
            }
        };
    }

    @Test
    void noTileServerNoMap() {
        assertFalse(map.isEnabled());
        values.put(FeedbackModule.MAP_TILES.key(), "javascript:alert(1)");
        assertFalse(map.isEnabled(), "only web addresses are tile servers");
        values.put(FeedbackModule.MAP_TILES.key(), " https://tiles.bacninh.gov.vn/{z}/{x}/{y}.png ");
        assertTrue(map.isEnabled());
        assertEquals("https://tiles.bacninh.gov.vn/{z}/{x}/{y}.png", map.getTileUrl());
        assertEquals(FeedbackModule.DEFAULT_MAP_ATTRIBUTION, map.getAttribution());
    }

    @Test
    void aMistypedCentreFallsBackToTheProvinces() {
        assertEquals(FeedbackModule.DEFAULT_MAP_CENTRE, map.getCentre());
        values.put(FeedbackModule.MAP_CENTRE.key(), " 21.05 , 105.9 ");
        assertEquals("21.05,105.9", map.getCentre());
        for (String wrong : new String[] {"21.05", "bắc ninh", "95, 106", "21, 190", ""}) {
            values.put(FeedbackModule.MAP_CENTRE.key(), wrong);
            assertEquals(FeedbackModule.DEFAULT_MAP_CENTRE, map.getCentre(), wrong);
        }
    }
}

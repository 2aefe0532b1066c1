package vn.egov.feedback.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.egov.feedback.FeedbackModule;
import vn.egov.kernel.api.Settings;

/**
 * The map on which a citizen points at the place of a report. It needs a tile server, which the
 * province names in the settings (its own, or a public one whose terms it accepts); without one
 * the page offers the coordinate fields and the phone's location only.
 */
@Named("feedbackMap")
@RequestScoped
public class FeedbackMap {
    @Inject
    Settings settings;

    public boolean isEnabled() {
        String tiles = getTileUrl();
        return tiles.startsWith("https://") || tiles.startsWith("http://");
    }

    public String getTileUrl() {
        return settings.text(FeedbackModule.MAP_TILES).strip();
    }

    public String getAttribution() {
        return settings.text(FeedbackModule.MAP_ATTRIBUTION).strip();
    }

    /** The centre as "latitude,longitude", the province's by default; a wrong setting falls back to it. */
    public String getCentre() {
        String[] parts = settings.text(FeedbackModule.MAP_CENTRE).split(",");
        try {
            double latitude = Double.parseDouble(parts[0].strip());
            double longitude = Double.parseDouble(parts[1].strip());
            if (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
                return latitude + "," + longitude;
            }
        } catch (RuntimeException e) {
            // ArrayIndexOutOfBounds or NumberFormat: an admin's typo must not break the page
        }
        return FeedbackModule.DEFAULT_MAP_CENTRE;
    }
}

package vn.egov.signing.pdf;

/**
 * Where a visible signature stamp goes: a page (1 = first) and a rectangle in points from the
 * page's lower-left corner.
 */
public record StampPlacement(int page, float x, float y, float width, float height) {
    public static final float MIN_WIDTH = 120;
    public static final float MIN_HEIGHT = 40;

    public StampPlacement {
        if (page < 1) {
            throw new IllegalArgumentException("Stamp page numbers start at 1");
        }
        if (x < 0 || y < 0 || width < MIN_WIDTH || height < MIN_HEIGHT) {
            throw new IllegalArgumentException("A stamp needs a position on the page and at least 120 × 40 points");
        }
    }

    /** The default place: the lower right of the last page, 220 × 70 points. */
    public static StampPlacement lowerRight(int page, float pageWidth) {
        return inCorner(page, pageWidth, 0, false, true);
    }

    /**
     * A 220 × 70 point stamp in a corner of a page of the given size, 36 points from the
     * bottom or top edge and 30 from the side (on a page too small for that, as near as fits).
     */
    public static StampPlacement inCorner(int page, float pageWidth, float pageHeight, boolean upper, boolean right) {
        float x = right ? Math.max(0, pageWidth - 250) : 30;
        float y = upper ? Math.max(0, pageHeight - 36 - 70) : 36;
        return new StampPlacement(page, x, y, 220, 70);
    }
}

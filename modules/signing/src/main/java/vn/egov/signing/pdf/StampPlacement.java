package vn.egov.signing.pdf;

/**
 * Where a visible signature stamp goes: a page (1 = first) and a rectangle in points from the
 * lower-left corner of the page as a reader shows it (turned by its /Rotate entry).
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

    /**
     * The rectangle in the page's own (unturned) space, where annotations are placed, for a page
     * with this media box shown turned clockwise by {@code rotation} degrees.
     */
    public org.apache.pdfbox.pdmodel.common.PDRectangle onPage(
            org.apache.pdfbox.pdmodel.common.PDRectangle mediaBox, int rotation) {
        float left = mediaBox.getLowerLeftX();
        float bottom = mediaBox.getLowerLeftY();
        return switch (Math.floorMod(rotation, 360)) {
            case 90 ->
                new org.apache.pdfbox.pdmodel.common.PDRectangle(
                        left + mediaBox.getWidth() - y - height, bottom + x, height, width);
            case 180 ->
                new org.apache.pdfbox.pdmodel.common.PDRectangle(
                        left + mediaBox.getWidth() - x - width,
                        bottom + mediaBox.getHeight() - y - height,
                        width,
                        height);
            case 270 ->
                new org.apache.pdfbox.pdmodel.common.PDRectangle(
                        left + y, bottom + mediaBox.getHeight() - x - width, height, width);
            default -> new org.apache.pdfbox.pdmodel.common.PDRectangle(left + x, bottom + y, width, height);
        };
    }
}

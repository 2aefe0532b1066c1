package vn.egov.signing.pdf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Finds where in a corner of a page a stamp covers the least of what is printed there: glyphs,
 * images and drawn lines are read from the page's content, and earlier stamps and other
 * annotations count ten times as much, so a countersignature goes beside the first stamp instead
 * of over it and a footer such as "Trang 2/2" stays readable. The stamp never leaves the page.
 */
final class StampSpace {
    /** How far from the corner the stamp may move: this share of the page's width and height. */
    private static final float REACH_X = 0.5f;

    private static final float REACH_Y = 0.35f;
    private static final float STEP = 6;
    private static final float ANNOTATION_WEIGHT = 10;

    private final List<Rectangle2D> printed = new ArrayList<>();
    private final List<Rectangle2D> annotations = new ArrayList<>();
    private final PDRectangle box;
    private final int rotation;

    private StampSpace(PDRectangle box, int rotation) {
        this.box = box;
        this.rotation = rotation;
    }

    /** What is on a page, in its own (unturned) space. */
    static StampSpace of(PDPage page) throws IOException {
        StampSpace space = new StampSpace(page.getMediaBox(), page.getRotation());
        // PDFBox decodes a content stream whole in memory: a page whose content does not inflate within
        // bounds (a deflate bomb, or a filter we do not bound) is not read; the stamp keeps its corner
        boolean readable = true;
        for (var contents = page.getContentStreams(); contents.hasNext() && readable; ) {
            readable = LongTermSignatures.boundedBytes(contents.next().getCOSObject()) != null;
        }
        if (readable) {
            new Marks(page, space.printed).processPage(page);
        }
        for (PDAnnotation annotation : page.getAnnotations()) {
            PDRectangle r = annotation.getRectangle();
            if (r != null && r.getWidth() > 0 && r.getHeight() > 0) {
                space.annotations.add(
                        new Rectangle2D.Float(r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(), r.getHeight()));
            }
        }
        return space;
    }

    /**
     * The emptiest place for a stamp of the nominal size near the nominal corner position: the
     * least covered, and of equally covered places the nearest to the nominal one.
     *
     * @param shownWidth  the page's width as the reader sees it (turned by /Rotate)
     * @param shownHeight its height as shown
     */
    StampPlacement emptiest(StampPlacement nominal, float shownWidth, float shownHeight, boolean upper, boolean right) {
        float maxX = Math.max(0, shownWidth - nominal.width());
        float maxY = Math.max(0, shownHeight - nominal.height());
        float reachX = shownWidth * REACH_X;
        float reachY = shownHeight * REACH_Y;
        float fromX = right ? Math.max(0, maxX - reachX) : 0;
        float toX = right ? maxX : Math.min(maxX, reachX);
        float fromY = upper ? Math.max(0, maxY - reachY) : 0;
        float toY = upper ? maxY : Math.min(maxY, reachY);
        StampPlacement best = nominal;
        double bestCover = cover(nominal);
        double bestDistance = 0;
        if (bestCover == 0) {
            return nominal;
        }
        for (float y = fromY; y <= toY; y += STEP) {
            for (float x = fromX; x <= toX; x += STEP) {
                StampPlacement candidate = new StampPlacement(nominal.page(), x, y, nominal.width(), nominal.height());
                double cover = cover(candidate);
                double distance = Math.abs(x - nominal.x()) + Math.abs(y - nominal.y());
                if (cover < bestCover - 0.5 || (Math.abs(cover - bestCover) <= 0.5 && distance < bestDistance)) {
                    best = candidate;
                    bestCover = cover;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** How much printed area (and, weighted, annotation area) a stamp there would cover, in square points. */
    double cover(StampPlacement place) {
        PDRectangle onPage = place.onPage(box, rotation);
        Rectangle2D stamp = new Rectangle2D.Float(
                onPage.getLowerLeftX(), onPage.getLowerLeftY(), onPage.getWidth(), onPage.getHeight());
        double covered = 0;
        for (Rectangle2D mark : printed) {
            covered += overlap(stamp, mark);
        }
        for (Rectangle2D annotation : annotations) {
            covered += ANNOTATION_WEIGHT * overlap(stamp, annotation);
        }
        return covered;
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        Rectangle2D both = a.createIntersection(b);
        return both.isEmpty() ? 0 : both.getWidth() * both.getHeight();
    }

    /** Collects the bounds of glyphs, images and stroked or filled paths, in page space. */
    private static final class Marks extends PDFGraphicsStreamEngine {
        private final List<Rectangle2D> marks;
        private final double pageArea;
        private Rectangle2D path;
        private Point2D current;

        Marks(PDPage page, List<Rectangle2D> marks) {
            super(page);
            this.marks = marks;
            this.pageArea =
                    (double) page.getMediaBox().getWidth() * page.getMediaBox().getHeight();
        }

        @Override
        public void showForm(org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) throws IOException {
            // a form's content is decoded whole too: only forms that inflate within bounds are read
            if (LongTermSignatures.boundedBytes(form.getCOSObject()) != null) {
                super.showForm(form);
            }
        }

        @Override
        protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
                throws IOException {
            super.showGlyph(textRenderingMatrix, font, code, displacement);
            float x = textRenderingMatrix.getTranslateX();
            float y = textRenderingMatrix.getTranslateY();
            float size = Math.max(1, Math.abs(textRenderingMatrix.getScalingFactorY()));
            float width = Math.max(0.5f, displacement.getX() * Math.abs(textRenderingMatrix.getScalingFactorX()));
            add(new Rectangle2D.Float(x, y - 0.2f * size, width, size));
        }

        @Override
        public void drawImage(PDImage image) {
            Matrix m = getGraphicsState().getCurrentTransformationMatrix();
            Rectangle2D bounds = null;
            for (float[] corner : new float[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
                Point2D.Float p = m.transformPoint(corner[0], corner[1]);
                bounds = include(bounds, p);
            }
            add(bounds);
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            for (Point2D p : new Point2D[] {p0, p1, p2, p3}) {
                path = include(path, p);
            }
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
            path = include(path, current);
        }

        @Override
        public void lineTo(float x, float y) {
            current = new Point2D.Float(x, y);
            path = include(path, current);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            path = include(include(path, new Point2D.Float(x1, y1)), new Point2D.Float(x2, y2));
            current = new Point2D.Float(x3, y3);
            path = include(path, current);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current == null ? new Point2D.Float() : current;
        }

        @Override
        public void closePath() {
            // the bounds already hold every point
        }

        @Override
        public void endPath() {
            path = null;
        }

        @Override
        public void strokePath() {
            painted();
        }

        @Override
        public void fillPath(int windingRule) {
            painted();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            painted();
        }

        @Override
        public void clip(int windingRule) {
            // a clip draws nothing
        }

        @Override
        public void shadingFill(COSName shadingName) {
            // shadings fill backgrounds; they do not make a place less empty
        }

        private void painted() {
            // a page-wide background or frame is not content a stamp would hide
            if (path != null && path.getWidth() * path.getHeight() < pageArea / 4) {
                add(new Rectangle2D.Double(
                        path.getX() - 0.5, path.getY() - 0.5, path.getWidth() + 1, path.getHeight() + 1));
            }
            path = null;
        }

        private void add(Rectangle2D mark) {
            if (mark != null && marks.size() < 50_000) {
                marks.add(mark);
            }
        }

        private static Rectangle2D include(Rectangle2D bounds, Point2D point) {
            if (bounds == null) {
                return new Rectangle2D.Double(point.getX(), point.getY(), 0, 0);
            }
            bounds.add(point);
            return bounds;
        }
    }
}

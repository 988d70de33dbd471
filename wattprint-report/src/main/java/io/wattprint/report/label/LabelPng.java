package io.wattprint.report.label;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * The label as a PNG: the same layout as {@link LabelSvg}, drawn with Java2D at twice the SVG's size
 * (720 × 1040 pixels) in headless mode, in the font the layout measured with. Pixels depend on the JDK's fonts and rasteriser, so the PNG is not
 * byte-identical across JDKs; the SVG is the reproducible form.
 */
public final class LabelPng {
    public static final int SCALE = 2;

    private LabelPng() {}

    public static byte[] render(EnergyLabel l) throws IOException {
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        BufferedImage img = image(l);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(img, "png", out)) throw new IOException("no PNG writer in this JDK");
        return out.toByteArray();
    }

    static BufferedImage image(EnergyLabel l) {
        int w = LabelLayout.WIDTH * SCALE, h = LabelLayout.HEIGHT * SCALE;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(SCALE, SCALE);
            g.setColor(Color.decode(LabelLayout.HEADER));
            g.fill(new RoundRectangle2D.Double(1, 1, LabelLayout.WIDTH - 2, 80, 24, 24));
            g.setColor(Color.WHITE);
            g.fillRect(1, 56, LabelLayout.WIDTH - 2, 40);
            g.setColor(Color.decode(LabelLayout.INK));
            g.setStroke(new BasicStroke(2f));
            g.draw(new RoundRectangle2D.Double(1, 1, LabelLayout.WIDTH - 2, LabelLayout.HEIGHT - 2, 24, 24));
            Font font = LabelLayout.font();
            for (LabelLayout.Text t : LabelLayout.texts(l)) {
                g.setFont(font.deriveFont(t.bold() ? Font.BOLD : Font.PLAIN, (float) t.size()));
                g.setColor(Color.decode(t.color()));
                float x = (float) t.x();
                if (t.end()) x -= g.getFontMetrics().stringWidth(t.text());
                g.drawString(t.text(), x, (float) t.y());
            }
            g.setStroke(new BasicStroke(1.5f));
            for (int i = 0; i < 5; i++) {
                boolean filled = i < l.stars();
                double[][] p = LabelLayout.starPoints(LabelLayout.starX(i), LabelLayout.STAR_Y);
                Path2D.Double star = new Path2D.Double();
                star.moveTo(p[0][0], p[0][1]);
                for (int k = 1; k < p.length; k++) star.lineTo(p[k][0], p[k][1]);
                star.closePath();
                g.setColor(filled ? Color.decode(LabelLayout.STAR) : Color.WHITE);
                g.fill(star);
                g.setColor(filled ? Color.decode("#b45309") : Color.decode(LabelLayout.STAR_EMPTY));
                g.draw(star);
            }
        } finally {
            g.dispose();
        }
        return img;
    }
}

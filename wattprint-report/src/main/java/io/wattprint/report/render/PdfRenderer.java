package io.wattprint.report.render;

import io.wattprint.report.ReportOutput;
import io.wattprint.report.doc.Block;
import io.wattprint.report.doc.Chart;
import io.wattprint.report.doc.Document;
import io.wattprint.report.doc.Facts;
import io.wattprint.report.doc.Heading;
import io.wattprint.report.doc.Notice;
import io.wattprint.report.doc.Paragraph;
import io.wattprint.report.doc.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * An A4 PDF: title, subtitle and the generation line on the first page, then the blocks in order (headings by size,
 * wrapped paragraphs, facts and tables via {@link PdfTable}, notices with a coloured bar, charts via
 * {@link PdfChart}), a footer "page i of n" on every page. The text stays extractable.
 *
 * <p>Same document, same bytes: PDFBox would otherwise write a trailer /ID made from the clock, so the ID is set
 * here from a SHA-256 of the document; the document dates are the report's generation time in UTC, not "now"; the
 * embedded font's subset tag is a hash of the glyphs used, and objects are written in the order they are created.
 */
public final class PdfRenderer implements Renderer {
    @Override
    public void write(ReportOutput report, OutputStream out) throws IOException {
        Document d = PageText.cut(report.document());
        try (PDDocument pdf = new PDDocument()) {
            try (PdfPages pages = new PdfPages(pdf)) {
                header(pages, d);
                for (Block block : d.blocks()) block(pages, block);
                pages.finish(d.title());
            }
            information(pdf, d);
            pdf.save(out);
        }
        out.flush();
    }

    private static void header(PdfPages pages, Document d) throws IOException {
        pages.paragraph(d.title(), 18, 22, 0, true, 0f);
        if (d.subtitle() != null) pages.paragraph(d.subtitle(), 11, 15, 0, false, 0.2f);
        pages.paragraph("Generated: " + d.generatedAt(), 9, 13, 0, false, 0.4f);
        pages.space(6);
    }

    private static void block(PdfPages pages, Block block) throws IOException {
        if (block instanceof Heading h) {
            float size = h.level() == 1 ? 14 : h.level() == 2 ? 12 : 11;
            pages.need(size * 1.3f + size + 40); // keep a heading with the start of what follows
            pages.space(size * 0.8f);
            pages.paragraph(h.text(), size, size * 1.3f, 0, true, 0f);
            pages.space(3);
        } else if (block instanceof Paragraph p) {
            pages.paragraph(p.text(), 10, 13, 0, false, 0f);
            pages.space(6);
        } else if (block instanceof Notice n) {
            notice(pages, n);
        } else if (block instanceof Facts f) {
            List<List<String>> rows = f.facts().stream().map(x -> List.of(x.label(), x.value())).toList();
            PdfTable.draw(pages, new Table(f.id(), f.caption(), List.of(Table.Column.text("Field"), Table.Column.text("Value")),
                    rows, null), false, 9);
        } else if (block instanceof Table t) {
            PdfTable.draw(pages, t, true, 9);
        } else if (block instanceof Chart c) {
            PdfChart.draw(pages, c);
        }
    }

    /** The notice's label in bold, its text wrapped beside a bar in the colour of its kind (as in the HTML). */
    private static void notice(PdfPages pages, Notice n) throws IOException {
        String label = pages.printable(n.kind().label() + ":");
        float[] rgb = PdfChart.rgb(n.kind() == Notice.Kind.WARNING ? "#D55E00" : n.kind() == Notice.Kind.ESTIMATE ? "#E69F00" : "#999999");
        float size = 10;
        float leading = 13;
        boolean first = true;
        for (String line : pages.wrap(label + " " + n.text(), size, PdfPages.width() - 10)) {
            pages.need(leading);
            pages.space(leading);
            pages.cs.setStrokingColor(rgb[0], rgb[1], rgb[2]);
            pages.cs.setLineWidth(3);
            pages.cs.moveTo(PdfPages.LEFT + 1.5f, pages.y);
            pages.cs.lineTo(PdfPages.LEFT + 1.5f, pages.y + leading);
            pages.cs.stroke();
            pages.cs.setStrokingColor(0f);
            float baseline = pages.y + 3.5f;
            if (first && line.startsWith(label)) {
                pages.text(PdfPages.LEFT + 10, baseline, label, size, true, 0f);
                String rest = line.substring(label.length());
                if (!rest.isEmpty()) pages.text(PdfPages.LEFT + 10 + pages.width(label, size), baseline, rest, size, false, 0f);
            } else {
                pages.text(PdfPages.LEFT + 10, baseline, line, size, false, 0f);
            }
            first = false;
        }
        pages.space(8);
    }

    /** Title, producer and dates; the trailer ID from the document's content, not from the clock. */
    private static void information(PDDocument pdf, Document d) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(d.title());
        if (d.subtitle() != null) info.setSubject(d.subtitle());
        info.setProducer("wattprint");
        info.setCreator("wattprint");
        Calendar at = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        at.setTimeInMillis(d.generatedAt().toEpochMilli());
        info.setCreationDate(at);
        info.setModificationDate(at);
        byte[] id = Arrays.copyOf(sha256(d.toString()), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}

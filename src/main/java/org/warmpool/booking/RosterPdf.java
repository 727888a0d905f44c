package org.warmpool.booking;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.NumberFormatUtil;
import org.warmpool.base.ClinicFormats;

/**
 * Printed rosters for the day the poolside tablet cannot reach the app: an A4 page per class with
 * its details, a numbered list of the participants with a box to tick when they came and space to
 * write pain before and after, and the waitlist below. A day sheet is a first page listing the
 * day's classes, then each class's roster on a page of its own. Plain Java over PDFBox.
 */
public final class RosterPdf {

    /** The heading of the attendance column, as printed. */
    public static final String TICK_COLUMN = "Came (tick)";
    static final String PAIN_BEFORE_COLUMN = "Pain before (0-10)";
    static final String PAIN_AFTER_COLUMN = "Pain after (0-10)";

    private static final float MARGIN = 50;
    private static final float ROW = 24;
    private static final PDRectangle A4 = PDRectangle.A4;
    /** Column edges of the participant table, from the left margin: No., Name, Came, Pain before, Pain after. */
    private static final float[] COLUMNS = {0, 28, 250, 320, 408, 495};

    /**
     * The widths of the printable ASCII characters (' ' to '~'), in thousandths of the size, as
     * PDFBox measures them.
     */
    private static final float[] REGULAR_WIDTHS = asciiWidths(Standard14Fonts.FontName.HELVETICA);
    private static final float[] BOLD_WIDTHS = asciiWidths(Standard14Fonts.FontName.HELVETICA_BOLD);
    /** Whether both fonts encode each printable ASCII character as its own code (their WinAnsiEncoding does). */
    private static final boolean ASCII_IS_ITS_CODE = asciiIsItsCode(Standard14Fonts.FontName.HELVETICA)
            && asciiIsItsCode(Standard14Fonts.FontName.HELVETICA_BOLD);

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final LocalDateTime printedAt;

    private PDDocument document;
    /** One resource dictionary (the two fonts) that every page refers to, rather than one per page. */
    private PDResources resources;
    /** The fonts' names in the resources, as written on a page ("/F1"). */
    private byte[] regularName;
    private byte[] boldName;
    /** The page being drawn, and its content (the same buffer for every page). */
    private PDPage page;
    private final PageContent content = new PageContent();
    /**
     * Compresses each page's content, the fastest way: 5 % more bytes than the default level for
     * 15 % less CPU time writing the sheet (docs/performance.md, "Printed day sheet: writing the PDF").
     */
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    /** The font, size and line width the page's content has set last (a page starts with none set). */
    private PDFont shownFont;
    private float shownSize;
    private float lineWidth;
    private float y;
    private int pageNumber;

    private RosterPdf(LocalDateTime printedAt) {
        this.printedAt = printedAt;
    }

    /** One class's roster. */
    public static byte[] roster(PrintedClass printed, LocalDateTime printedAt) {
        return new RosterPdf(printedAt).write("Roster: " + printed.levelTitle() + ", "
                + printed.date().format(ClinicFormats.DAY_LONG_YEAR), pdf -> pdf.classPage(printed));
    }

    /** Every class of a day: a list of them, then each roster on its own page. */
    public static byte[] daySheet(LocalDate day, List<PrintedClass> classes, LocalDateTime printedAt) {
        return new RosterPdf(printedAt).write("Day sheet: " + day.format(ClinicFormats.DAY_LONG_YEAR), pdf -> {
            pdf.overview(day, classes);
            classes.forEach(pdf::classPage);
        });
    }

    private interface Pages {
        void draw(RosterPdf pdf) throws IOException;
    }

    private byte[] write(String title, Pages pages) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document = doc;
            resources = new PDResources();
            regularName = PageContent.name(resources.add(regular));
            boldName = PageContent.name(resources.add(bold));
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setCreator("Warmpool");
            doc.getDocumentCatalog().setLanguage("en-GB");
            pages.draw(this);
            closePage();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
    }

    private void overview(LocalDate day, List<PrintedClass> classes) throws IOException {
        newPage();
        text(bold, 18, MARGIN, "Day sheet: " + day.format(ClinicFormats.DAY_LONG_YEAR));
        y -= 28;
        if (classes.isEmpty()) {
            text(regular, 12, MARGIN, "No classes on this day.");
            return;
        }
        float width = A4.getWidth() - 2 * MARGIN;
        for (PrintedClass printed : classes) {
            ensureRoom(2 * ROW);
            text(bold, 12, MARGIN, fit(bold, 12, times(printed) + "  " + printed.levelTitle(), width));
            y -= 16;
            String line = printed.poolName() + ", " + instructor(printed) + (printed.cancelled() ? ": CANCELLED"
                    : ": " + printed.participants().size() + " of " + printed.capacity() + " places taken"
                    + (printed.waitlist().isEmpty() ? "" : ", " + printed.waitlist().size() + " waiting"));
            text(regular, 11, MARGIN, fit(regular, 11, line, width));
            y -= 22;
        }
    }

    private void classPage(PrintedClass printed) {
        try {
            newPage();
            text(bold, 18, MARGIN, fit(bold, 18, "Roster: " + printed.levelTitle(), A4.getWidth() - 2 * MARGIN));
            y -= 26;
            details("Class", printed.levelTitle());
            details("Day", printed.date().format(ClinicFormats.DAY_LONG_YEAR));
            details("Time", times(printed));
            details("Pool", printed.poolName());
            details("Level", printed.levelTitle());
            details("Instructor", instructor(printed));
            y -= 8;
            if (printed.cancelled()) {
                text(bold, 13, MARGIN, fit(bold, 13, "Cancelled by the clinic: " + printed.cancelReason(),
                        A4.getWidth() - 2 * MARGIN));
                y -= 20;
                return;
            }
            text(bold, 13, MARGIN, "Participants (" + printed.participants().size() + " of " + printed.capacity()
                    + " places taken)");
            y -= 10;
            if (printed.participants().isEmpty()) {
                y -= 8;
                text(regular, 11, MARGIN, "No one has booked this class.");
                y -= 20;
            } else {
                tableHeader();
                int number = 1;
                for (String name : printed.participants()) {
                    if (y - ROW < MARGIN + 30) {
                        newPage();
                        tableHeader();
                    }
                    tableRow(number++, name);
                }
                y -= 20;
            }
            ensureRoom(3 * ROW);
            text(bold, 13, MARGIN, "Waitlist");
            y -= 18;
            if (printed.waitlist().isEmpty()) {
                text(regular, 11, MARGIN, "No one is waiting.");
                y -= 18;
            }
            int position = 1;
            for (String name : printed.waitlist()) {
                ensureRoom(ROW);
                text(regular, 11, MARGIN, fit(regular, 11, position++ + ". " + name, A4.getWidth() - 2 * MARGIN));
                y -= 16;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void details(String label, String value) throws IOException {
        text(bold, 11, MARGIN, label + ":");
        text(regular, 11, MARGIN + 70, fit(regular, 11, value, A4.getWidth() - 2 * MARGIN - 70));
        y -= 16;
    }

    private void tableHeader() throws IOException {
        String[] headings = {"No.", "Name", TICK_COLUMN, PAIN_BEFORE_COLUMN, PAIN_AFTER_COLUMN};
        lineWidth(1f);
        content.addRect(MARGIN, y - ROW, COLUMNS[COLUMNS.length - 1], ROW);
        content.stroke();
        for (int i = 0; i < headings.length; i++) {
            text(bold, 9, MARGIN + COLUMNS[i] + 3, headings[i], y - ROW + 8);
        }
        y -= ROW;
    }

    private void tableRow(int number, String name) throws IOException {
        lineWidth(0.6f);
        for (int i = 0; i < COLUMNS.length - 1; i++) {
            content.addRect(MARGIN + COLUMNS[i], y - ROW, COLUMNS[i + 1] - COLUMNS[i], ROW);
        }
        content.stroke();
        // The tick box itself, so that a tick is made in the same place on every line.
        float box = 12;
        content.addRect(MARGIN + (COLUMNS[2] + COLUMNS[3]) / 2 - box / 2, y - ROW + (ROW - box) / 2, box, box);
        content.stroke();
        text(regular, 11, MARGIN + COLUMNS[0] + 3, number + ".", y - ROW + 8);
        text(regular, 11, MARGIN + COLUMNS[1] + 3, fit(regular, 11, name, COLUMNS[2] - COLUMNS[1] - 6), y - ROW + 8);
        y -= ROW;
    }

    private void newPage() throws IOException {
        closePage();
        page = new PDPage(A4);
        page.setResources(resources);
        document.addPage(page);
        content.clear();
        shownFont = null;
        lineWidth = -1;
        pageNumber++;
        y = A4.getHeight() - MARGIN;
        String footer = "Printed " + printedAt.format(ClinicFormats.DAY_SHORT_YEAR) + " "
                + printedAt.format(ClinicFormats.TIME) + ". Enter attendance and pain in the app afterwards. Page "
                + pageNumber;
        text(regular, 8, MARGIN, footer, MARGIN - 20);
    }

    private void closePage() throws IOException {
        if (page != null) {
            PDStream stream = new PDStream(document);
            COSStream written = stream.getCOSObject();
            try (OutputStream out = written.createRawOutputStream()) {
                content.deflateTo(deflater, out);
            }
            written.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.setContents(stream);
            page = null;
        }
    }

    private void ensureRoom(float needed) throws IOException {
        if (y - needed < MARGIN) {
            newPage();
        }
    }

    private void text(PDFont font, float size, float x, String text) throws IOException {
        text(font, size, x, text, y);
    }

    private void lineWidth(float width) throws IOException {
        if (width != lineWidth) {
            content.setLineWidth(width);
            lineWidth = width;
        }
    }

    private void text(PDFont font, float size, float x, String text, float atY) throws IOException {
        content.beginText();
        // The font and size are part of the page's graphics state: they last from one text to the next.
        if (font != shownFont || size != shownSize) {
            content.setFont(font == bold ? boldName : regularName, size);
            shownFont = font;
            shownSize = size;
        }
        content.newLineAtOffset(x, atY);
        String shown = printable(font, text);
        if (ASCII_IS_ITS_CODE && isPlainAscii(shown)) {
            content.showText(shown);
        } else {
            content.showText(font.encode(shown));
        }
        content.endText();
    }

    /** Shortened with "..." to fit the width. */
    private String fit(PDFont font, float size, String text, float width) throws IOException {
        String shown = printable(font, text);
        if (width(font, shown) / 1000 * size <= width) {
            return shown;
        }
        while (!shown.isEmpty() && width(font, shown + "...") / 1000 * size > width) {
            shown = shown.substring(0, shown.length() - 1);
        }
        return shown + "...";
    }

    /**
     * The text's width as {@link PDFont#getStringWidth} gives it, the same sum in the same order; for
     * plain ASCII from the widths measured once rather than by encoding the text and looking each
     * code's width up in the font's metrics again.
     */
    private float width(PDFont font, String text) throws IOException {
        if (!isPlainAscii(text)) {
            return font.getStringWidth(text);
        }
        float[] widths = font == bold ? BOLD_WIDTHS : REGULAR_WIDTHS;
        float width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += widths[text.charAt(i) - ' '];
        }
        return width;
    }

    private static float[] asciiWidths(Standard14Fonts.FontName name) {
        PDFont font = new PDType1Font(name);
        float[] widths = new float['~' - ' ' + 1];
        try {
            for (char c = ' '; c <= '~'; c++) {
                widths[c - ' '] = font.getStringWidth(String.valueOf(c));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return widths;
    }

    private static boolean asciiIsItsCode(Standard14Fonts.FontName name) {
        PDFont font = new PDType1Font(name);
        try {
            for (char c = ' '; c <= '~'; c++) {
                byte[] code = font.encode(String.valueOf(c));
                if (code.length != 1 || code[0] != c) {
                    return false;
                }
            }
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * A page's content stream: the operators RosterPdf draws with, written as PDFBox's
     * {@code PDPageContentStream} writes them (the same bytes for the same calls), into one buffer that
     * is handed to the page, compressed, when the page is done. PDFBox's writer checks the state at
     * each call, encodes each character through the font's maps and writes to its scratch buffer a
     * byte at a time; for the day sheet's 400 pages that was most of the time spent drawing them.
     */
    private static final class PageContent extends OutputStream {
        private byte[] bytes = new byte[16_384];
        private int length;
        private final byte[] number = new byte[32];
        private final byte[] compressed = new byte[8192];

        void clear() {
            length = 0;
        }

        @Override
        public void write(int b) {
            if (length == bytes.length) {
                bytes = Arrays.copyOf(bytes, 2 * length);
            }
            bytes[length++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int offset, int count) {
            if (length + count > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + count));
            }
            System.arraycopy(b, offset, bytes, length, count);
            length += count;
        }

        /** Writes the page's operators compressed (FlateDecode) to the page's stream. */
        void deflateTo(Deflater deflater, OutputStream out) throws IOException {
            deflater.reset();
            deflater.setInput(bytes, 0, length);
            deflater.finish();
            while (!deflater.finished()) {
                out.write(compressed, 0, deflater.deflate(compressed));
            }
        }

        void beginText() {
            operator("BT");
        }

        void endText() {
            operator("ET");
        }

        /** A resource's name as a page's operand refers to it. */
        static byte[] name(COSName name) throws IOException {
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            name.writePDF(written);
            return written.toByteArray();
        }

        void setFont(byte[] font, float size) {
            write(font, 0, font.length);
            write(' ');
            operand(size);
            operator("Tf");
        }

        void newLineAtOffset(float x, float y) {
            operand(x);
            operand(y);
            operator("Td");
        }

        /**
         * Plain ASCII text, each character its own code: written as {@link COSWriter#writeString}
         * writes such codes, in parentheses with a backslash before each parenthesis and backslash.
         */
        void showText(String ascii) {
            write('(');
            for (int i = 0; i < ascii.length(); i++) {
                char c = ascii.charAt(i);
                if (c == '(' || c == ')' || c == '\\') {
                    write('\\');
                }
                write(c);
            }
            write(')');
            write(' ');
            operator("Tj");
        }

        /** The text already in the font's codes. */
        void showText(byte[] codes) throws IOException {
            COSWriter.writeString(codes, this);
            write(' ');
            operator("Tj");
        }

        void setLineWidth(float width) {
            operand(width);
            operator("w");
        }

        void addRect(float x, float y, float width, float height) {
            operand(x);
            operand(y);
            operand(width);
            operand(height);
            operator("re");
        }

        void stroke() {
            operator("S");
        }

        private void operand(float value) {
            // As PDFBox writes a number: at most five decimals, no exponent (the sheet's are all small).
            int digits = NumberFormatUtil.formatFloatFast(value, 5, number);
            if (digits < 0) {
                throw new IllegalArgumentException("Cannot write " + value + " on a page");
            }
            write(number, 0, digits);
            write(' ');
        }

        private void operator(String operator) {
            for (int i = 0; i < operator.length(); i++) {
                write(operator.charAt(i));
            }
            write('\n');
        }
    }

    /** Printable ASCII only (' ' to '~'), which every standard font's encoding has. */
    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }

    /**
     * The text in the characters the standard PDF fonts have (Western European letters): any other
     * letter loses its accent (Č as C), and what still cannot be printed becomes "?".
     */
    static String printable(PDFont font, String text) {
        if (isPlainAscii(text)) {
            // Plain ASCII, which every standard font's encoding has: most names and all of the labels.
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String one = new String(Character.toChars(c));
            if (encodes(font, one)) {
                shown.append(one);
                return;
            }
            String plain = Normalizer.normalize(one, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            shown.append(!plain.isEmpty() && encodes(font, plain) ? plain : "?");
        });
        return shown.toString();
    }

    private static boolean encodes(PDFont font, String text) {
        try {
            font.encode(text);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String times(PrintedClass printed) {
        return printed.start().format(ClinicFormats.TIME) + "-" + printed.end().format(ClinicFormats.TIME);
    }

    private static String instructor(PrintedClass printed) {
        return printed.instructorName() == null ? "no instructor yet" : printed.instructorName();
    }
}

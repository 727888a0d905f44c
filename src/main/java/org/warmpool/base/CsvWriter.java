package org.warmpool.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as RFC 4180 describes it (comma separated, CRLF line ends, a cell with a comma, quote or line
 * break in double quotes, quotes doubled), UTF-8 with a byte order mark so that spreadsheets read the
 * names right. A cell that a spreadsheet would take for a formula (starting with =, +, -, @, a tab or
 * a carriage return) gets a leading apostrophe. Every download of the product writes through it.
 */
public final class CsvWriter {

    /** The byte order mark that tells spreadsheets the file is UTF-8. */
    public static final char BOM = '\uFEFF';

    private final Writer out;

    /** Starts a file: writes the byte order mark and the header line. */
    public CsvWriter(Writer out, String... header) {
        this.out = out;
        write(String.valueOf(BOM));
        row(header);
    }

    /** One line; a null cell is written empty. Numbers are cells too: {@code String.valueOf} them. */
    public void row(String... cells) {
        List<String> written = new ArrayList<>(cells.length);
        for (String value : cells) {
            written.add(cell(value));
        }
        write(String.join(",", written) + "\r\n");
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One cell: neutralised when it could start a formula, quoted when it needs to be. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

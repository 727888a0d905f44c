package org.warmpool.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.warmpool.pool.Pool;
import org.warmpool.report.ReportFixture;

/** What the report page tests do as a user: choose the period and pool, read the totals and tables, download. */
final class ReportViews {

    private ReportViews() {
    }

    static void choosePeriod(ReportFixture.Built built) {
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("First day")), built.monday());
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Last day")), built.monday().plusDays(13));
    }

    @SuppressWarnings("unchecked")
    static void choosePool(Pool pool) {
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Pool")), pool);
    }

    static String totals(String report) {
        return _get(Paragraph.class, spec -> spec.withId(report + "-totals")).getText();
    }

    static List<List<String>> rows(String gridId) {
        Grid<?> grid = _get(Grid.class, spec -> spec.withId(gridId));
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._getFormattedRow(grid, row)).toList();
    }

    /** The CSV file the download link gives, as text (its byte order mark included). */
    static String download(String report) {
        return new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withId(report + "-csv"))),
                StandardCharsets.UTF_8);
    }
}

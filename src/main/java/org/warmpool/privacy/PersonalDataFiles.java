package org.warmpool.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.warmpool.base.ClinicFormats;

/** The two downloads of {@link PersonalData}: JSON for computers, a self-contained HTML page for people. */
public final class PersonalDataFiles {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;margin:1.5rem;color:#1a1a1a}
            h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #888}
            table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
            th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}
            th{background:#eee;width:14rem}ul{margin:0;padding-left:1.2rem}
            .empty{font-style:italic}
            @media print{body{margin:0;font-size:11pt}h2{break-after:avoid}table{break-inside:auto}
            tr{break-inside:avoid}}
            """;

    private PersonalDataFiles() {
    }

    public static byte[] json(PersonalData data) {
        try {
            return JSON.writeValueAsBytes(data.document());
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("The personal data could not be written as JSON", impossible);
        }
    }

    /** A page that reads and prints without the app: one table per record, every text escaped. */
    public static String html(PersonalData data) {
        Map<String, Object> document = data.document();
        Html page = new Html();
        page.raw("<!DOCTYPE html>").open("html", "lang", "en").open("head").raw("<meta charset=\"utf-8\">")
                .open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", "Your data at " + document.get("clinic"))
                .open("style").raw(STYLE).close("style").close("head").open("body")
                .element("h1", "Your data at " + document.get("clinic"))
                .element("p", "Everything the clinic holds about you, as of "
                        + readable(String.valueOf(document.get("exportedAt"))) + ". Times are in the clinic's time "
                        + "zone (" + document.get("timeZone") + ").");
        for (String section : PersonalData.SECTIONS) {
            page.element("h2", words(section));
            Object value = document.get(section);
            if (value instanceof List<?> list) {
                if (list.isEmpty()) {
                    page.open("p", "class", "empty").text("Nothing recorded.").close("p");
                }
                for (Object item : list) {
                    value(page, item);
                }
            } else if (value == null) {
                page.open("p", "class", "empty").text("Nothing recorded.").close("p");
            } else {
                value(page, value);
            }
        }
        return page.close("body").close("html").toString();
    }

    private static void value(Html page, Object value) {
        if (value instanceof Map<?, ?> record) {
            page.open("table").open("tbody");
            record.forEach((name, field) -> {
                page.open("tr").element("th", words(String.valueOf(name))).open("td");
                value(page, field);
                page.close("td").close("tr");
            });
            page.close("tbody").close("table");
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                page.text("none");
                return;
            }
            page.open("ul");
            for (Object item : list) {
                page.open("li");
                value(page, item);
                page.close("li");
            }
            page.close("ul");
        } else if (value instanceof PersonalData.Code code) {
            String words = code.name().replace('_', ' ').toLowerCase(Locale.ROOT);
            page.text(Character.toUpperCase(words.charAt(0)) + words.substring(1));
        } else if (value instanceof Boolean yes) {
            page.text(yes ? "yes" : "no");
        } else {
            page.text(value == null ? "" : readable(String.valueOf(value)));
        }
    }

    /**
     * A value as a person reads it: an ISO time "Tue 7 Jul 2026, 09:30" (already in the clinic's
     * zone), an ISO date "Sat 14 Mar 1958"; any other text as it is. The JSON keeps the exact values.
     */
    static String readable(String value) {
        try {
            if (ISO_TIME.matcher(value).matches()) {
                java.time.OffsetDateTime time = java.time.OffsetDateTime.parse(value);
                return ClinicFormats.DAY_SHORT_YEAR.format(time) + ", " + ClinicFormats.TIME.format(time);
            }
            if (ISO_DATE.matcher(value).matches()) {
                return ClinicFormats.DAY_SHORT_YEAR.format(java.time.LocalDate.parse(value));
            }
        } catch (java.time.format.DateTimeParseException notADate) {
            return value;
        }
        return value;
    }

    private static final java.util.regex.Pattern ISO_TIME =
            java.util.regex.Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?(Z|[+-]\\d\\d:\\d\\d)");
    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d\\d-\\d\\d");

    /** "painCheckIns" becomes "Pain check ins": a field name in words. */
    static String words(String camelCase) {
        String spaced = camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    public static String fileName(String extension) {
        return "my-warmpool-data." + extension;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

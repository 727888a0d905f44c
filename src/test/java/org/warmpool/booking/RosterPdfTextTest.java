package org.warmpool.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** What a printed roster can show of a name in the standard PDF fonts (plain JUnit, no Spring). */
class RosterPdfTextTest {

    private final PDFont helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @Test
    void plainNamesAndWesternEuropeanLettersPrintAsTheyAre() {
        assertThat(RosterPdf.printable(helvetica, "Emma O'Brien-Smith (8:00-9:00) #3 ~ 100%"))
                .isEqualTo("Emma O'Brien-Smith (8:00-9:00) #3 ~ 100%");
        assertThat(RosterPdf.printable(helvetica, "Zoë Müller, José Françoise")).isEqualTo("Zoë Müller, José Françoise");
    }

    @Test
    void otherLettersLoseTheirAccentAndWhatCannotBePrintedBecomesAQuestionMark() {
        assertThat(RosterPdf.printable(helvetica, "Antonín Dvořák")).isEqualTo("Antonín Dvorák");
        assertThat(RosterPdf.printable(helvetica, "Łucja 李 \uD83C\uDFCA")).isEqualTo("?ucja ? ?");
        // A tab or line break is not printed as it is either.
        assertThat(RosterPdf.printable(helvetica, "Ann\tLee")).isEqualTo("Ann?Lee");
    }

    @Test
    void aRosterPrintsAccentedNamesReadablyAndShortensANameTooLongForItsColumn() throws IOException {
        String longName = "Maximiliana Theodora Wolstenholme-Fairweather-Montgomery";
        PrintedClass printed = new PrintedClass("Level 1 Gentle Mobility", LocalDate.of(2026, 12, 5),
                LocalTime.of(9, 30), LocalTime.of(10, 15), "Riverside Pool", "Zoë Instructor", 6,
                List.of("Zoë Müller", "Antonín Dvořák", longName), List.of("José Françoise"), null);

        String text;
        try (PDDocument pdf = Loader.loadPDF(RosterPdf.roster(printed, LocalDate.of(2026, 12, 4).atTime(18, 0)))) {
            text = new PDFTextStripper().getText(pdf).replace("\r\n", "\n");
        }

        assertThat(text).contains("Instructor: Zoë Instructor", "1. Zoë Müller", "2. Antonín Dvorák",
                "1. José Françoise", "3 of 6 places taken");
        // The third name is cut to fit its column, and ends in "..." to say so.
        assertThat(text).containsPattern("3\\. Maximiliana Theodora [A-Za-z-]*\\.\\.\\.");
        assertThat(text).doesNotContain(longName);
    }
}

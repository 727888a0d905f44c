package org.warmpool.booking;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
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
}

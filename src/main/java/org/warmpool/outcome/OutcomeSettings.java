package org.warmpool.outcome;

import java.math.BigDecimal;
import org.warmpool.program.ProgrammeSettings;

/**
 * The clinic's outcome questionnaire as the programme rules set it: which one participants answer,
 * after how many attended classes they are asked again, and the change in score that counts as
 * important on each (defaults: Roland-Morris, 6 classes, 5 points, 10 percentage points).
 */
record OutcomeSettings(Questionnaire questionnaire, int everyClasses, BigDecimal rolandMorrisChange,
        BigDecimal oswestryChange) {

    static OutcomeSettings of(ProgrammeSettings programme) {
        return new OutcomeSettings(Questionnaire.valueOf(programme.getOutcomeQuestionnaire()),
                programme.getQuestionnaireEveryClasses(), BigDecimal.valueOf(programme.getRolandMorrisChange()),
                BigDecimal.valueOf(programme.getOswestryChange()));
    }

    /** The important change on this questionnaire. */
    BigDecimal threshold(Questionnaire kind) {
        return kind == Questionnaire.RMDQ ? rolandMorrisChange : oswestryChange;
    }
}

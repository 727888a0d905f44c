package org.warmpool.participant;

/**
 * Signs that need a doctor now, not a class (possible cauda equina syndrome, infection). Never
 * reorder: an intake stores its answers as bits by position ({@code red_flags_mask}).
 */
public enum RedFlag implements SafetyQuestion {
    BLADDER_OR_BOWEL("Have you recently lost control of your bladder or bowels, or had new trouble passing urine?",
            "new loss of bladder or bowel control"),
    SADDLE_NUMBNESS("Is there new numbness around your groin, buttocks or inner thighs (where you would sit on a saddle)?",
            "numbness in the groin or inner thighs"),
    WORSENING_WEAKNESS("Is one or both of your legs getting weaker?", "leg weakness that is getting worse"),
    FEVER_WITH_BACK_PAIN("Do you have a fever together with your back pain?", "fever with back pain"),
    SCIATICA_BOTH_LEGS("Do you have sciatica (pain, tingling or numbness going down the leg) in both legs, "
            + "and is that new or getting worse?", "sciatica in both legs that is new or getting worse");

    private final Words words;

    RedFlag(String question, String reason) {
        this.words = new Words(question, reason);
    }

    @Override
    public Words words() {
        return words;
    }
}

package org.warmpool.participant;

/** Health matters that need a doctor's clearance before the first class in the pool. */
public enum Contraindication implements SafetyQuestion {
    OPEN_WOUND_OR_SKIN_INFECTION("Do you have an open wound or a skin infection?", "an open wound or skin infection"),
    INFECTION_OR_FEVER("Do you have an infection or a fever at the moment?", "an infection or fever"),
    UNCONTROLLED_SEIZURES("Do you have seizures (epilepsy) that are not controlled by treatment?",
            "seizures that are not controlled"),
    HEART_OR_BLOOD_PRESSURE("Do you have heart disease or high blood pressure that is not under control?",
            "heart disease or blood pressure that is not under control"),
    UNMANAGED_INCONTINENCE("Do you have incontinence that is not managed (for example with pads or a plan)?",
            "incontinence without management"),
    RECENT_SURGERY("Have you had an operation in the last 6 weeks?", "surgery in the last 6 weeks"),
    CHEMICAL_ALLERGY("Are you allergic to pool chemicals such as chlorine?", "an allergy to pool chemicals");

    private final Words words;

    Contraindication(String question, String reason) {
        this.words = new Words(question, reason);
    }

    @Override
    public Words words() {
        return words;
    }
}

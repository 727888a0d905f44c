package org.warmpool.instructor;

public enum CertificationType {
    CPR_FIRST_AID("CPR and first aid"),
    WATER_RESCUE("water rescue (lifeguard)"),
    AQUATIC_THERAPY("aquatic therapy"),
    PHYSIOTHERAPY_LICENCE("physiotherapy licence");

    private final String label;

    CertificationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

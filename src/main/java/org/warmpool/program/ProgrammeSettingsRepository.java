package org.warmpool.program;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeSettingsRepository extends JpaRepository<ProgrammeSettings, Integer> {
}

package org.warmpool.program;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClassLevelRepository extends JpaRepository<ClassLevel, Long> {

    List<ClassLevel> findAllByOrderByLevelNumber();
}

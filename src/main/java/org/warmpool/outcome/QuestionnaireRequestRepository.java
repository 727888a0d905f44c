package org.warmpool.outcome;

import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionnaireRequestRepository extends JpaRepository<QuestionnaireRequest, Long> {
}

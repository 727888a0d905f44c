package org.warmpool.participant;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date of birth before today and at most 120 years ago, today being the clinic's (the validator's
 * clock is the application's clock).
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleBirthDate.Check.class)
public @interface PlausibleBirthDate {

    int MAX_AGE_YEARS = 120;

    String message() default "The date of birth must be in the past";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PlausibleBirthDate, LocalDate> {

        @Override
        public boolean isValid(LocalDate dateOfBirth, ConstraintValidatorContext context) {
            if (dateOfBirth == null) {
                return true;
            }
            LocalDate today = LocalDate.now(context.getClockProvider().getClock());
            if (!dateOfBirth.isBefore(today)) {
                return false;
            }
            if (!dateOfBirth.isAfter(today.minusYears(MAX_AGE_YEARS))) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(
                        "A date of birth more than " + MAX_AGE_YEARS + " years ago is not possible").addConstraintViolation();
                return false;
            }
            return true;
        }
    }
}

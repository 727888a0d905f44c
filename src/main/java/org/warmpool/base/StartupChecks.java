package org.warmpool.base;

import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.orm.jpa.AbstractEntityManagerFactoryBean;

/**
 * What is still done at start-up while the other beans are created on first use
 * ({@code spring.main.lazy-initialization=true}, application.properties; docs/performance.md,
 * "Start-up"): the database is migrated and Hibernate checks the schema before the first request
 * is answered, and every bean that reads an operator's setting (a {@code @ConfigurationProperties}
 * record or a {@code @Value} in its constructor) is created, so that a wrong setting still stops the
 * start with its message instead of failing a user's first request. Timed jobs are created at
 * start too: Spring Boot keeps every bean with a {@code @Scheduled} method eager, and the
 * {@code SchedulingConfigurer} jobs are fetched when the context is ready.
 */
@Configuration(proxyBeanMethods = false)
class StartupChecks {

    private static final String APPLICATION_PACKAGE = "org.warmpool";

    /** Static: Spring Boot reads the filters before any other bean is created. */
    @Bean
    static LazyInitializationExcludeFilter createdAtStartup() {
        return (name, definition, type) -> type != null && (FlywayMigrationInitializer.class.isAssignableFrom(type)
                || EntityManagerFactory.class.isAssignableFrom(type)
                || AbstractEntityManagerFactoryBean.class.isAssignableFrom(type)
                || readsSettings(type));
    }

    /** One of the application's beans that reads operator settings. */
    static boolean readsSettings(Class<?> type) {
        if (!type.getPackageName().startsWith(APPLICATION_PACKAGE)) {
            return false;
        }
        if (MergedAnnotations.from(type).isPresent(ConfigurationProperties.class)) {
            return true;
        }
        return Arrays.stream(type.getDeclaredConstructors()).map(Constructor::getParameters).flatMap(Arrays::stream)
                .anyMatch(StartupChecks::isSetting);
    }

    private static boolean isSetting(Parameter parameter) {
        return parameter.isAnnotationPresent(Value.class);
    }
}

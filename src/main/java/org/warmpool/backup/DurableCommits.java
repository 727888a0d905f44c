package org.warmpool.backup;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Gives the application's data source on an embedded H2 database commits that are in the file
 * before they return ({@link DurableCommitDataSource}), for everything that uses it: JPA, JDBC,
 * Flyway. Other databases keep the pool as Spring Boot made it.
 */
@Component
class DurableCommits implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:h2:")) {
            return new DurableCommitDataSource(pool);
        }
        return bean;
    }
}

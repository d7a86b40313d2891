package org.unionstat.batch;

import java.util.Properties;

import org.apache.ibatis.mapping.DatabaseIdProvider;
import org.apache.ibatis.mapping.VendorDatabaseIdProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells MyBatis which database it talks to ({@code databaseId} "mysql" for MySQL and MariaDB, "h2"), so that a mapper
 * can give one vendor its own form of a statement; statements without a databaseId serve every database.
 */
@Configuration(proxyBeanMethods = false)
class MyBatisSettings {

    @Bean
    DatabaseIdProvider databaseIdProvider() {
        Properties vendors = new Properties();
        vendors.setProperty("MySQL", "mysql");
        vendors.setProperty("MariaDB", "mysql");
        vendors.setProperty("H2", "h2");
        VendorDatabaseIdProvider provider = new VendorDatabaseIdProvider();
        provider.setProperties(vendors);
        return provider;
    }
}

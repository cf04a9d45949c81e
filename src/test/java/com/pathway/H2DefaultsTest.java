package com.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The embedded database as a clinic gets it without setting {@code PATHWAY_DB_URL}: the default URL of
 * application.properties, opened on a file under target/, has the settings the README and the benchmarks rely
 * on. A commit is on disk before it is answered ({@code WRITE_DELAY=0}: no acknowledged inquiry is lost to a
 * crash), and each connection keeps the statements it parsed ({@code QUERY_CACHE_SIZE=256}; H2's default of 8
 * made every statement of an inquiry be parsed again).
 */
class H2DefaultsTest {

    private static final Pattern DEFAULT_URL =
            Pattern.compile("\\$\\{PATHWAY_DB_URL:(jdbc:h2:file:\\./data/pathway;[^}]*)}");

    @Test
    void theDefaultDatabaseWritesEachCommitAtOnceAndKeepsParsedStatements() throws IOException, SQLException {
        Properties properties = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        Matcher url = DEFAULT_URL.matcher(properties.getProperty("spring.datasource.url"));
        assertThat(url.matches()).as("the default URL is an H2 file in ./data").isTrue();

        Path dir = Files.createDirectories(Path.of("target", "h2-defaults"));
        Path db = Files.createTempDirectory(dir, "db").resolve("pathway");
        String onFile = url.group(1).replace("./data/pathway", db.toAbsolutePath().toString());
        try (Connection c = DriverManager.getConnection(onFile, "sa", "")) {
            Map<String, String> settings = settings(c);
            assertThat(settings).containsEntry("WRITE_DELAY", "0").containsEntry("QUERY_CACHE_SIZE", "256");
        }
    }

    private static Map<String, String> settings(Connection c) throws SQLException {
        Map<String, String> settings = new HashMap<>();
        try (ResultSet rs = c.createStatement().executeQuery("select setting_name, setting_value"
                + " from information_schema.settings")) {
            while (rs.next()) {
                settings.putIfAbsent(rs.getString(1).toUpperCase(Locale.ROOT), rs.getString(2));
            }
        }
        return settings;
    }
}

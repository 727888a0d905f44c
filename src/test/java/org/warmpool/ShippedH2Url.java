package org.warmpool;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The application's own H2 URL (application.properties), so that a benchmark or a crash test runs
 * with its settings.
 */
public final class ShippedH2Url {

    private ShippedH2Url() {
    }

    /** The shipped URL with its file moved to {@code file} (a path without the ".mv.db"). */
    public static String at(String file) {
        Properties properties = new Properties();
        try (InputStream in = ShippedH2Url.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String shipped = properties.getProperty("spring.datasource.url");
        if (!shipped.startsWith("jdbc:h2:file:./data/warmpool;")) {
            throw new IllegalStateException("The shipped URL no longer keeps its file at ./data/warmpool: " + shipped);
        }
        return shipped.replace("./data/warmpool", file);
    }
}

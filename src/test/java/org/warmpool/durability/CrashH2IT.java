package org.warmpool.durability;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The crash test on the embedded H2 file with the URL the application ships
 * ({@code spring.datasource.url} in application.properties), moved into a temporary folder. To try
 * other settings: {@code -Dwarmpool.crash.h2-url=jdbc:h2:file:{dir}/warmpool;LOCK_TIMEOUT=10000}.
 */
class CrashH2IT extends CrashScenario {

    @Override
    String[] database() {
        String url = System.getProperty("warmpool.crash.h2-url");
        if (url == null) {
            url = shippedUrl().replace("./data/", "{dir}/");
        }
        return new String[] {url.replace("{dir}", work.toAbsolutePath().toString().replace('\\', '/')), "sa", ""};
    }

    @Override
    String name() {
        return "H2";
    }

    private static String shippedUrl() {
        Properties shipped = new Properties();
        try (InputStream in = CrashH2IT.class.getResourceAsStream("/application.properties")) {
            shipped.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String url = shipped.getProperty("spring.datasource.url");
        if (!url.contains("./data/")) {
            throw new IllegalStateException("The shipped URL no longer keeps its file under ./data/: " + url);
        }
        return url;
    }
}

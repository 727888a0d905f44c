package org.warmpool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo clinic in an H2 file, as {@code ./mvnw spring-boot:run} makes it: the application started
 * once with the demo data on a new file, then stopped. Starting the application takes seconds, so
 * the test classes that only read the file share one per test JVM ({@link #shared}); the folder is
 * deleted when the JVM ends. Nobody may change the file.
 */
public final class DemoClinicFile {

    private static Path file;

    private DemoClinicFile() {
    }

    /** The file's path without {@code .mv.db}; made on first use. */
    public static synchronized Path shared() {
        if (file == null) {
            try {
                Path folder = Files.createTempDirectory("warmpool-demo-clinic");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
                Path made = folder.resolve("warmpool");
                try (ConfigurableApplicationContext demo = new SpringApplicationBuilder(Application.class)
                        .profiles("test")
                        .run("--spring.datasource.url=" + url(made), "--warmpool.demo-data.enabled=true",
                                "--server.port=0", "--logging.level.root=warn", "--spring.main.banner-mode=off",
                                "--spring.jmx.enabled=false")) {
                    if (!demo.isRunning()) {
                        throw new IllegalStateException("The demo clinic did not start");
                    }
                }
                file = made;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    /** The JDBC URL of an H2 file, as the application's own. */
    public static String url(Path file) {
        return "jdbc:h2:file:" + file.toAbsolutePath() + ";LOCK_TIMEOUT=10000";
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }
}

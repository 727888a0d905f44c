package org.warmpool.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Start-up of the production jar ({@code ./mvnw -Pproduction package -DskipTests} first): starts
 * {@code java -jar target/warmpool-*.jar} on a free port and the database of {@code -Dbench.url}
 * (default: a new, empty H2 file under target/bench-startup), asks {@code /actuator/health} every
 * 50 ms and prints the time to the first answer, then the milestones of the application's log with
 * their time since the process started (Flyway, Hibernate, Vaadin, Spring's own "Started"). Stops
 * the application afterwards. {@code -Dbench.jar} starts another jar (an extracted one),
 * {@code -Dbench.jvmArgs} adds JVM options (a CDS archive, a flight recording). A benchmark, not a
 * test (docs/performance.md).
 */
public final class StartupBenchmark {

    /** Log lines that mark a stage of the start-up. */
    private static final List<String> MILESTONES = List.of("Starting Application", "Tomcat initialized",
            "Root WebApplicationContext: initialization completed", "HikariPool-1 - Start completed",
            "Successfully validated", "Successfully applied", "Schema \"PUBLIC\" is up to date",
            "is up to date. No migration necessary", "Initialized JPA EntityManagerFactory", "Search for subclasses",
            "Visited", "Vaadin", "Tomcat started", "Started Application");

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        File jar = System.getProperty("bench.jar") != null ? new File(System.getProperty("bench.jar")) : jar();
        String url = System.getProperty("bench.url",
                "jdbc:h2:file:./target/bench-startup/empty-" + System.currentTimeMillis() + ";LOCK_TIMEOUT=10000");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java"));
        String jvmArgs = System.getProperty("bench.jvmArgs", "");
        if (!jvmArgs.isBlank()) {
            command.addAll(List.of(jvmArgs.split(" ")));
        }
        command.addAll(List.of("-jar", jar.getPath(), "--server.port=" + port, "--spring.datasource.url=" + url));
        String extra = System.getProperty("bench.args", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.split(" ")));
        }
        System.out.println("starting: " + String.join(" ", command));
        long start = System.nanoTime();
        Process app = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> milestones = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(app.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String at = String.format("%6.2f s  ", (System.nanoTime() - start) / 1e9);
                    if (MILESTONES.stream().anyMatch(line::contains)) {
                        milestones.add(at + line.substring(Math.max(0, line.indexOf(" : ") + 3)).trim());
                    }
                    if (line.contains("ERROR") || line.contains("APPLICATION FAILED")) {
                        milestones.add(at + line);
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long answered = -1;
        int status = 0;
        while (app.isAlive() && System.nanoTime() - start < 180_000_000_000L) {
            try {
                status = client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode();
                answered = System.nanoTime() - start;
                break;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        Thread.sleep(300); // the last log lines
        app.destroy();
        app.waitFor();
        milestones.forEach(System.out::println);
        if (answered < 0) {
            System.out.println("no answer: the application did not start (see the lines above)");
        } else {
            System.out.printf("first answered request (HTTP %d) after %.2f s%n", status, answered / 1e9);
        }
    }

    private static File jar() {
        File[] jars = new File("target").listFiles((dir, name) -> name.startsWith("warmpool-")
                && name.endsWith(".jar") && !name.endsWith("-plain.jar"));
        if (jars == null || jars.length == 0) {
            throw new IllegalStateException("no target/warmpool-*.jar: run ./mvnw -Pproduction package -DskipTests");
        }
        return jars[0];
    }
}

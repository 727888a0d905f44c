package org.warmpool.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up of the production jar ({@code ./mvnw -Pproduction package -DskipTests} first): starts
 * {@code java -jar target/warmpool-*.jar} on a free port and the database of {@code -Dbench.url}
 * (default: a new, empty H2 file under target/bench-startup), asks {@code /actuator/health} every
 * 50 ms and prints the time to the first answer, then the milestones of the application's log with
 * their time since the process started (Flyway, Hibernate, Vaadin, Spring's own "Started"). Stops
 * the application afterwards. {@code -Dbench.jar} starts another jar (an extracted one),
 * {@code -Dbench.jvmArgs} adds JVM options (a CDS archive, a flight recording), {@code -Dbench.args}
 * application settings. Besides the wall time it prints the CPU seconds (user + system) the process
 * used until its first answer: on a shared, busy machine the better measure. To compare two ways of
 * starting under the same load, {@code -Dbench.b.jar}, {@code -Dbench.b.jvmArgs} and
 * {@code -Dbench.b.args} describe a variant B (unset: as A), and {@code -Dbench.runs=N} starts A and
 * B in turn N times (A B A B ...).
 *
 * <p>The first answer is not yet a page: after it the benchmark asks for the login page (Vaadin's
 * page and the login view's first render) and prints its time and CPU seconds too; with
 * {@code -Dbench.login=email:password} it then logs in and opens the page {@code -Dbench.page}
 * (default {@code me}, a participant's home: the first page that reads the database). A benchmark,
 * not a test (docs/performance.md).
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
        Variant a = new Variant("A", System.getProperty("bench.jar"), System.getProperty("bench.jvmArgs", ""),
                System.getProperty("bench.args", ""));
        boolean compare = System.getProperty("bench.b.jar") != null || System.getProperty("bench.b.jvmArgs") != null
                || System.getProperty("bench.b.args") != null;
        Variant b = new Variant("B", System.getProperty("bench.b.jar", System.getProperty("bench.jar")),
                System.getProperty("bench.b.jvmArgs", a.jvmArgs), System.getProperty("bench.b.args", a.args));
        int rounds = Integer.getInteger("bench.runs", 1);
        List<double[]> resultsA = new ArrayList<>();
        List<double[]> resultsB = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            resultsA.add(run(a, !compare));
            if (compare) {
                resultsB.add(run(b, false));
            }
        }
        System.out.println();
        System.out.println("variant  wall s  CPU s  | login page: wall s  CPU s | page after log-in: wall s  CPU s"
                + "  (load average at the start)");
        for (int round = 0; round < rounds; round++) {
            print(a, resultsA.get(round));
            if (compare) {
                print(b, resultsB.get(round));
            }
        }
    }

    private static void print(Variant variant, double[] result) {
        System.out.printf("%-7s %7.2f %6.2f  |  %7.2f %6.2f  |  %7.2f %6.2f  (%.1f)   %s%n", variant.name, result[0],
                result[1], result[3], result[4], result[5], result[6], result[2], variant);
    }

    /** One start: returns the seconds to the first answer, the process's CPU seconds until then, the load. */
    private static double[] run(Variant variant, boolean showLog) throws Exception {
        File jar = variant.jar != null ? new File(variant.jar) : jar();
        String url = System.getProperty("bench.url",
                "jdbc:h2:file:./target/bench-startup/empty-" + System.currentTimeMillis() + ";LOCK_TIMEOUT=10000");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java"));
        if (!variant.jvmArgs.isBlank()) {
            command.addAll(List.of(variant.jvmArgs.trim().split(" +")));
        }
        command.addAll(List.of("-jar", jar.getPath(), "--server.port=" + port, "--spring.datasource.url=" + url));
        if (!variant.args.isBlank()) {
            command.addAll(List.of(variant.args.trim().split(" +")));
        }
        double load = load();
        System.out.println("starting " + variant.name + ": " + String.join(" ", command));
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
        Duration cpu = Duration.ZERO;
        while (app.isAlive() && System.nanoTime() - start < 300_000_000_000L) {
            try {
                status = client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode();
                answered = System.nanoTime() - start;
                // user + system time of the application's process until its first answer
                cpu = app.info().totalCpuDuration().orElse(Duration.ZERO);
                break;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        double[] result = {answered / 1e9, cpu.toNanos() / 1e9, load, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        if (answered >= 0) {
            try {
                pages(client, "http://localhost:" + port, app, start, result);
            } catch (IOException | RuntimeException e) {
                System.out.println(variant.name + ": the pages after the first answer failed: " + e);
            }
        }
        Thread.sleep(300); // the last log lines
        app.destroy();
        app.waitFor();
        if (showLog || answered < 0) {
            milestones.forEach(System.out::println);
        }
        if (answered < 0) {
            System.out.println("no answer: the application did not start (see the lines above)");
            return new double[] {Double.NaN, Double.NaN, load, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        }
        System.out.printf("%s: first answered request (HTTP %d) after %.2f s, %.2f CPU seconds (load %.1f); "
                + "login page after %.2f s, %.2f CPU s; page after log-in after %.2f s, %.2f CPU s%n", variant.name,
                status, result[0], result[1], load, result[3], result[4], result[5], result[6]);
        return result;
    }

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");

    /**
     * After the first answer: the login page as a browser gets it (the page, then Vaadin's first
     * request, which renders the view), and with {@code bench.login} a log-in and a page behind it.
     * Fills result[3..6] with the seconds since the start and the CPU seconds at each.
     */
    private static void pages(HttpClient client, String base, Process app, long start, double[] result)
            throws IOException, InterruptedException {
        // The session cookie is marked Secure (HTTPS only), which Java's cookie handler keeps off plain
        // HTTP; browsers send it to localhost, and so does this small cookie jar.
        Map<String, String> cookies = new LinkedHashMap<>();
        HttpResponse<String> login = get(client, base + "/login", cookies);
        get(client, base + "/?v-r=init&location=login&query=", cookies);
        result[3] = (System.nanoTime() - start) / 1e9;
        result[4] = cpuSeconds(app);
        String account = System.getProperty("bench.login");
        if (account == null) {
            return;
        }
        Matcher token = CSRF.matcher(login.body());
        Matcher parameter = CSRF_PARAMETER.matcher(login.body());
        if (!token.find() || !parameter.find()) {
            throw new IllegalStateException("no CSRF token in the login page");
        }
        String[] emailAndPassword = account.split(":", 2);
        String form = "username=" + URLEncoder.encode(emailAndPassword[0], StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(emailAndPassword[1], StandardCharsets.UTF_8) + "&" + parameter.group(1) + "="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> loggedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie(cookies))
                .POST(HttpRequest.BodyPublishers.ofString(form)).timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString());
        keep(loggedIn, cookies);
        String location = loggedIn.headers().firstValue("Location").orElse("");
        if (loggedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("log-in refused: HTTP " + loggedIn.statusCode() + " " + location);
        }
        String page = System.getProperty("bench.page", "me");
        get(client, base + "/" + page, cookies);
        HttpResponse<String> rendered = get(client, base + "/?v-r=init&location=" + page + "&query=", cookies);
        if (rendered.body().contains("\"location\":\"login\"") || !rendered.body().contains("uidl")) {
            throw new IllegalStateException("the page " + page + " did not render after the log-in");
        }
        result[5] = (System.nanoTime() - start) / 1e9;
        result[6] = cpuSeconds(app);
    }

    private static HttpResponse<String> get(HttpClient client, String url, Map<String, String> cookies)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookie(cookies));
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        keep(response, cookies);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + ": HTTP " + response.statusCode());
        }
        return response;
    }

    private static void keep(HttpResponse<?> response, Map<String, String> cookies) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
        }
    }

    private static String cookie(Map<String, String> cookies) {
        return String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    private static double cpuSeconds(Process app) {
        return app.info().totalCpuDuration().orElse(Duration.ZERO).toNanos() / 1e9;
    }

    /** The one-minute load average (Linux), or NaN. */
    private static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** A way to start the application: the jar (null: target's), JVM options, application settings. */
    private record Variant(String name, String jar, String jvmArgs, String args) {
        @Override
        public String toString() {
            return (jar == null ? "" : jar + " ") + jvmArgs + " " + args;
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

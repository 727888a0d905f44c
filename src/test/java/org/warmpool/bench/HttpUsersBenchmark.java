package org.warmpool.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.warmpool.ShippedH2Url;

/**
 * Benchmark 6 of issue #20, "over HTTP": the production jar ({@code ./mvnw -q -Pproduction package
 * -DskipTests -DskipPitest=true} first: without the profile the jar has no front-end bundle) on a
 * new H2 file with a one-pool {@link ChainData} chain (1,000 participants with a submitted intake,
 * five weeks of classes), on a free loopback port, and N simulated participants at once, each on
 * its own thread and each round its own cleared participant. Each round of a user: log in, open
 * the recommendations, book one, open My bookings, cancel it. N doubles (1, 2, 4, ... up to
 * {@code -Dbench.maxUsers}, default 64, 8 with Chromium) until an action's p95 passes 500 ms (with
 * {@code -Dbench.allSteps=true} on to the last); each step runs {@code -Dbench.seconds} (default
 * 40) of rounds; a Markdown table of every step at the end.
 *
 * <p>The users: by default {@link UidlUser}, which replays Vaadin's requests over plain HTTP
 * (each action timed from its first request sent to its last answer read); with
 * {@code -Dbench.client=chromium} a headless Chromium each (Debian's, through its ChromeDriver, as
 * the browser tests start it), each action timed from the click to the page showing its result:
 * in the page (performance.now(), polled every 5 ms) where the page stays, and from the benchmark
 * for the log-in (a new page; polled every 20 ms).
 *
 * <p>Where the time goes: the CPU time of the application's process and of the client (this JVM,
 * or the drivers and every Chromium process, from /proc) during each step, and the server's own
 * time per request from Tomcat's access log. {@code -Dbench.jvmArgs} adds options to the
 * application's JVM (a flight recording). A benchmark, not a test (docs/performance.md).
 */
public final class HttpUsersBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final String[] ACTIONS = {"log in", "recommendations", "book", "my bookings", "cancel"};
    private static final long TARGET_MILLIS = 500;

    private final String base;
    private final List<String> emails;
    /** {@code -Dbench.client}: "uidl" (default, {@link UidlUser}) or "chromium" (a headless browser each). */
    private final boolean chromium = "chromium".equals(System.getProperty("bench.client", "uidl"));

    private HttpUsersBenchmark(String base, List<String> emails) {
        this.base = base;
        this.emails = emails;
    }

    public static void main(String[] args) throws Exception {
        File jar = System.getProperty("bench.jar") != null ? new File(System.getProperty("bench.jar")) : jar();
        int maxUsers = Integer.getInteger("bench.maxUsers",
                "chromium".equals(System.getProperty("bench.client", "uidl")) ? 8 : 64);
        int seconds = Integer.getInteger("bench.seconds", 40);
        Path folder = Path.of("target", "bench-http", "run-" + System.currentTimeMillis()).toAbsolutePath();
        Files.createDirectories(folder);
        String url = "jdbc:h2:file:" + folder.resolve("warmpool") + ";LOCK_TIMEOUT=10000";

        long loading = System.nanoTime();
        Flyway.configure().dataSource(url, "sa", "")
                .locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();
        List<String> emails = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            ChainData.Summary summary = ChainData.load(connection,
                    new ChainData.Options(1, 1, 3, 42, LocalDate.now(ZONE)));
            System.out.println("data: " + summary);
            // Cleared participants who are not yet on a class's waitlist, each user one of them.
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT p.email FROM participant p JOIN intake i "
                            + "ON i.participant_id = p.id WHERE i.outcome = 'CLEARED' ORDER BY p.id")) {
                while (rows.next()) {
                    emails.add(rows.getString(1));
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        }
        System.out.printf("data loaded in %.1f s into %s%n", (System.nanoTime() - loading) / 1e9, url);

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path tomcat = folder.resolve("tomcat");
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java"));
        String jvmArgs = System.getProperty("bench.jvmArgs", "");
        if (!jvmArgs.isBlank()) {
            command.addAll(List.of(jvmArgs.split(" ")));
        }
        command.addAll(List.of("-jar", jar.getPath(), "--server.port=" + port, "--server.address=127.0.0.1",
                "--spring.datasource.url=" + ShippedH2Url.at(folder.resolve("warmpool").toString()),
                "--warmpool.demo-data.enabled=false",
                // Every simulated user logs in from the loopback address, and a log-in in progress counts
                // as failed until it succeeds: more than 30 at once would slow the address down (the
                // login protection), which real participants, each from their own address, never meet.
                "--warmpool.login.address-max-failures=1000000",
                "--server.tomcat.basedir=" + tomcat, "--server.tomcat.accesslog.enabled=true",
                "--server.tomcat.accesslog.directory=logs", "--server.tomcat.accesslog.buffered=false",
                "--server.tomcat.accesslog.prefix=access", "--server.tomcat.accesslog.suffix=.log",
                "--server.tomcat.accesslog.rotate=false",
                // time at the end of the request (ms since the epoch), the request, the status, its time in µs
                "--server.tomcat.accesslog.pattern=%{end:msec}t \"%r\" %s %{us}T"));
        System.out.println("starting: " + String.join(" ", command));
        long start = System.nanoTime();
        Process app = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("application.log").toFile()).start();
        // Stopped, with every browser, also when the benchmark is interrupted.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ProcessHandle.current().descendants().forEach(ProcessHandle::destroy);
        }));
        try {
            waitForHealth(app, port, start);
            String base = "http://127.0.0.1:" + port + "/";
            new HttpUsersBenchmark(base, emails).steps(app, maxUsers, seconds, tomcat.resolve("logs/access.log"));
        } finally {
            app.destroy();
            app.waitFor();
        }
        System.out.println("application log: " + folder.resolve("application.log"));
    }

    private static void waitForHealth(Process app, int port, long start) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        while (app.isAlive() && System.nanoTime() - start < 600_000_000_000L) {
            try {
                client.send(health, HttpResponse.BodyHandlers.discarding());
                System.out.printf("application answered after %.1f s%n", (System.nanoTime() - start) / 1e9);
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("the application did not start (see application.log)");
    }

    /** The steps of 1, 2, 4, ... users, until an action's p95 passes the target or browsers fail. */
    private void steps(Process app, int maxUsers, int seconds, Path accessLog) throws Exception {
        // Warm-up: one user, two rounds, not counted (the server's JIT, the browser's cache).
        System.out.println("warm-up: one user, two rounds");
        runStep(1, 2, 0, app, accessLog, false);
        // -Dbench.allSteps=true goes on to maxUsers after a missed target: where the time goes as N grows.
        boolean allSteps = Boolean.getBoolean("bench.allSteps");
        int held = 0;
        for (int users = 1; users <= maxUsers; users *= 2) {
            boolean ok = runStep(users, Integer.MAX_VALUE, seconds, app, accessLog, true);
            if (ok && held == users / 2) {
                held = users;
            } else if (!allSteps) {
                break;
            }
        }
        printTable();
        System.out.println(held == 0 ? "no step held p95 < 500 ms for every action"
                : "users held with every action's p95 < 500 ms: " + held);
    }

    /** One measured step's figures, for the table printed at the end. */
    private record StepFigures(int users, Map<String, List<Long>> times, int rounds, int failed, double serverCpu,
            double clientCpu, double seconds, String load, boolean held) {
    }

    private final List<StepFigures> summary = new ArrayList<>();

    /** The steps as one Markdown table (docs/performance.md): p50 / p95 ms per action, CPU and load. */
    private void printTable() {
        if (summary.isEmpty()) {
            return;
        }
        StringBuilder table = new StringBuilder("\n| action |");
        StringBuilder line = new StringBuilder("|---|");
        for (StepFigures step : summary) {
            table.append(' ').append(step.users()).append(step.users() == 1 ? " user |" : " users |");
            line.append("---|");
        }
        table.append('\n').append(line).append('\n');
        for (String action : ACTIONS) {
            table.append("| ").append(action).append(" |");
            for (StepFigures step : summary) {
                long[] sorted = step.times().get(action).stream().mapToLong(Long::longValue).sorted().toArray();
                table.append(sorted.length == 0 ? " - |" : String.format(" %,d / %,d |", percentile(sorted, 50),
                        percentile(sorted, 95)));
            }
            table.append('\n');
        }
        row(table, "rounds done (failed)", step -> step.rounds() + " (" + step.failed() + ")");
        row(table, "CPU seconds: application / " + (chromium ? "browsers" : "client"),
                step -> String.format("%.1f / %.1f", step.serverCpu(), step.clientCpu()));
        row(table, "application CPU, share of the machine", step -> String.format("%.0f %%",
                100 * step.serverCpu() / (Runtime.getRuntime().availableProcessors() * step.seconds())));
        row(table, "rounds per second", step -> String.format("%.2f", step.rounds() / step.seconds()));
        // The CPU a round costs: what the load changes least (the round's work, not its waiting).
        row(table, "CPU ms per round: application / " + (chromium ? "browsers" : "client"),
                step -> step.rounds() == 0 ? "-" : String.format("%,.0f / %,.0f",
                        1000 * step.serverCpu() / step.rounds(), 1000 * step.clientCpu() / step.rounds()));
        row(table, "load average at the end", step -> step.load().split(" ")[0]);
        row(table, "every p95 < 500 ms", step -> step.held() ? "yes" : "no");
        System.out.println(table);
    }

    private void row(StringBuilder table, String name, java.util.function.Function<StepFigures, String> cell) {
        table.append("| ").append(name).append(" |");
        summary.forEach(step -> table.append(' ').append(cell.apply(step)).append(" |"));
        table.append('\n');
    }

    private final AtomicInteger nextAccount = new AtomicInteger();
    private final AtomicInteger nothingToBook = new AtomicInteger();

    /** A participant with no class to book (their level is not on the schedule): the next one is taken. */
    private static final class NothingToBook extends RuntimeException {
        NothingToBook() {
            super(null, null, false, false);
        }
    }

    /** One step: N users at once; prints the figures; false when a p95 passed the target or it failed. */
    private boolean runStep(int users, int rounds, int seconds, Process app, Path accessLog, boolean print)
            throws Exception {
        Map<String, List<Long>> times = new ConcurrentHashMap<>();
        for (String action : ACTIONS) {
            times.put(action, Collections.synchronizedList(new ArrayList<>()));
        }
        List<String> failures = new CopyOnWriteArrayList<>();
        List<WebDriver> drivers = new ArrayList<>();
        List<UidlUser> uidlUsers = new ArrayList<>();
        try {
            for (int u = 0; u < users; u++) {
                if (chromium) {
                    drivers.add(browser());
                } else {
                    uidlUsers.add(new UidlUser(base));
                }
            }
        } catch (RuntimeException cannot) {
            drivers.forEach(WebDriver::quit);
            System.out.println(users + " users: the machine could not start the browsers: " + cannot.getMessage());
            return false;
        }
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long[] deadline = new long[1];
        AtomicInteger roundsDone = new AtomicInteger();
        for (int u = 0; u < users; u++) {
            WebDriver driver = chromium ? drivers.get(u) : null;
            UidlUser uidlUser = chromium ? null : uidlUsers.get(u);
            int user = u;
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                    for (int r = 0; r < rounds && (seconds == 0 || System.nanoTime() < deadline[0]); r++) {
                        String email = emails.get(nextAccount.getAndIncrement() % emails.size());
                        try {
                            if (chromium) {
                                round(driver, email, user, times);
                            } else {
                                round(uidlUser, email, user, times);
                            }
                            roundsDone.incrementAndGet();
                        } catch (NothingToBook skipped) {
                            nothingToBook.incrementAndGet();
                        } catch (RuntimeException failed) {
                            failures.add(email + ": " + failed.getClass().getSimpleName() + ": "
                                    + String.valueOf(failed.getMessage()).lines().findFirst().orElse(""));
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            threads.add(thread);
            thread.start();
        }
        long logFrom = System.currentTimeMillis();
        long serverCpu = cpuTicks(Stream.of(app.toHandle()));
        long browserCpu = cpuTicks(clients(app));
        long began = System.nanoTime();
        deadline[0] = began + seconds * 1_000_000_000L;
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - began) / 1e9;
        double serverSeconds = (cpuTicks(Stream.of(app.toHandle())) - serverCpu) / 100.0;
        double browserSeconds = (cpuTicks(clients(app)) - browserCpu) / 100.0;
        long logTo = System.currentTimeMillis();
        drivers.forEach(WebDriver::quit);
        if (!print) {
            failures.forEach(f -> System.out.println("  warm-up failure: " + f));
            return true;
        }
        System.out.printf("%n%d users, %.0f s, %d rounds done, %d failed, %d participants had nothing to book; "
                + "load average %s%n", users, elapsed, roundsDone.get(), failures.size(), nothingToBook.getAndSet(0),
                Files.readString(Path.of("/proc/loadavg")).trim());
        boolean held = failures.isEmpty() || failures.size() * 10 < roundsDone.get();
        System.out.println("  action            n     p50 ms   p95 ms   max ms   ("
                + (chromium ? "click to the page showing it)" : "request sent to answer read)"));
        for (String action : ACTIONS) {
            long[] sorted = times.get(action).stream().mapToLong(Long::longValue).sorted().toArray();
            if (sorted.length == 0) {
                held = false;
                System.out.printf("  %-15s %4d%n", action, 0);
                continue;
            }
            long p95 = percentile(sorted, 95);
            held &= p95 < TARGET_MILLIS;
            System.out.printf("  %-15s %4d %8d %8d %8d%n", action, sorted.length, percentile(sorted, 50), p95,
                    sorted[sorted.length - 1]);
        }
        System.out.printf("  CPU seconds used in the step: application %.1f, %s %.1f (of %.0f on %d cores)%n",
                serverSeconds, chromium ? "browsers and drivers" : "the benchmark's JVM (the UIDL users)",
                browserSeconds, Runtime.getRuntime().availableProcessors() * elapsed,
                Runtime.getRuntime().availableProcessors());
        summary.add(new StepFigures(users, times, roundsDone.get(), failures.size(), serverSeconds, browserSeconds,
                elapsed, Files.readString(Path.of("/proc/loadavg")).trim(), held));
        serverTimes(accessLog, logFrom, logTo);
        failures.stream().limit(5).forEach(f -> System.out.println("  failed: " + f));
        return held;
    }

    /** One participant's round: log in, recommendations, book, My bookings, cancel; each action timed. */
    private void round(WebDriver driver, String email, int user, Map<String, List<Long>> times) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(20));
        driver.manage().deleteAllCookies();
        driver.get(base + "login");
        WebElement username = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        username.sendKeys(email);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(ChainData.PASSWORD);
        WebElement submit = driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']"));
        long clicked = System.nanoTime();
        submit.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1.view-title"), "My Warmpool"));
        times.get("log in").add((System.nanoTime() - clicked) / 1_000_000);

        // The recommendations, by the menu (Vaadin's router: no new page).
        times.get("recommendations").add(clickAndWait(driver,
                driver.findElement(By.cssSelector("vaadin-side-nav-item[path='classes']")),
                "document.querySelector('#recommended .session-card vaadin-button') || "
                        + "document.querySelector('#nothing-to-book')"));
        List<WebElement> bookButtons = driver.findElements(By.xpath(
                "//*[@id='recommended']/li//vaadin-button[normalize-space(.)='Book']"));
        if (bookButtons.isEmpty()) {
            throw new NothingToBook();
        }
        // Users spread over the classes shown, so that they do not all queue for one.
        WebElement book = bookButtons.get(user % bookButtons.size());
        String what = book.getAttribute("aria-label").substring("Book ".length());
        times.get("book").add(clickAndWait(driver, book, "document.querySelector('vaadin-notification-card')"));
        String said = String.valueOf(((JavascriptExecutor) driver).executeScript(
                "return document.querySelector('vaadin-notification-card').innerText"));
        if (!said.startsWith("Booked") && !said.contains("on the waitlist")) {
            throw new IllegalStateException("not booked: " + said);
        }

        times.get("my bookings").add(clickAndWait(driver,
                driver.findElement(By.cssSelector("vaadin-side-nav-item[path='my-bookings']")),
                "document.querySelector('#upcoming')"));
        WebElement cancel = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[@id='upcoming']//vaadin-button[contains(@aria-label, ': " + what + "')]")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});"
                + "arguments[0].click();", cancel);
        WebElement confirm = wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-cancel")));
        times.get("cancel").add(clickAndWait(driver, confirm,
                "[...document.querySelectorAll('vaadin-notification-card')].some(c => /cancelled|left the "
                        + "waitlist/i.test(c.innerText))"));
    }

    /**
     * One participant's round by UIDL over HTTP ({@link UidlUser}): the same journey, each action
     * timed from sending its request to its answer read and applied, and checked: the home view's
     * title, a Book button among the recommendations, the booking's notification, the booked class
     * in My bookings with its cancel button, the cancellation's notification.
     */
    private void round(UidlUser client, String email, int user, Map<String, List<Long>> times) {
        client.reset();
        // From the form sent (the log-in page read before) to the home view's answer: the form's post,
        // its redirect's page, the UI's bootstrap and the router's first navigation.
        long start = client.logIn(email, ChainData.PASSWORD, "My Warmpool");
        times.get("log in").add((System.nanoTime() - start) / 1_000_000);

        start = System.nanoTime();
        String answer = client.navigate("classes");
        long took = (System.nanoTime() - start) / 1_000_000;
        if (!answer.contains("\"recommended\"") && !answer.contains("nothing-to-book")) {
            throw new IllegalStateException("the recommendations did not open");
        }
        times.get("recommendations").add(took);
        List<Integer> bookButtons = client.findAll("aria-label", label -> label.startsWith("Book ")
                && !label.startsWith("Book with"));
        if (bookButtons.isEmpty()) {
            throw new NothingToBook();
        }
        int book = bookButtons.get(user % bookButtons.size());
        String what = client.text(book, "aria-label").substring("Book ".length());
        start = System.nanoTime();
        answer = client.click(book);
        took = (System.nanoTime() - start) / 1_000_000;
        if (!answer.contains("Booked: ") && !answer.contains("on the waitlist for")) {
            throw new IllegalStateException("not booked: " + what + "; the answer's words: " + words(answer));
        }
        times.get("book").add(took);

        start = System.nanoTime();
        client.navigate("my-bookings");
        took = (System.nanoTime() - start) / 1_000_000;
        Integer cancel = client.find("aria-label", label -> label.endsWith(": " + what)
                && (label.startsWith("Cancel my place") || label.startsWith("Leave the waitlist"))).orElseThrow(
                () -> new IllegalStateException("My bookings does not show " + what));
        times.get("my bookings").add(took);

        client.click(cancel); // the confirmation dialog opens (not timed, as in the browser)
        Integer confirm = client.find("id", "confirm-cancel"::equals).orElseThrow(
                () -> new IllegalStateException("no confirmation dialog for " + what));
        start = System.nanoTime();
        answer = client.click(confirm);
        took = (System.nanoTime() - start) / 1_000_000;
        if (!answer.contains("place is cancelled: " + what) && !answer.contains("left the waitlist for " + what)) {
            throw new IllegalStateException("not cancelled: " + what);
        }
        times.get("cancel").add(took);
    }

    /** The longer strings of a UIDL answer (a refusal's notification), to say why an action failed. */
    private static String words(String answer) {
        java.util.regex.Matcher strings = java.util.regex.Pattern.compile("\"value\":\"([^\"]{25,300})\"")
                .matcher(answer);
        List<String> found = new ArrayList<>();
        while (strings.find()) {
            if (!strings.group(1).startsWith("return ") && !strings.group(1).contains("(")) {
                found.add(strings.group(1));
            }
        }
        return String.join(" | ", found.subList(Math.max(0, found.size() - 3), found.size()));
    }

    /**
     * Clicks in the page and waits there, polling every 5 ms, until the condition (a JavaScript
     * expression) holds: milliseconds from the click to the page showing the result.
     */
    private static long clickAndWait(WebDriver driver, WebElement target, String condition) {
        Object answer = ((JavascriptExecutor) driver).executeAsyncScript(
                "const target = arguments[0], done = arguments[arguments.length - 1];"
                + "target.scrollIntoView({block: 'center'});"
                + "const start = performance.now();"
                // A menu item's link is inside its shadow root: a click on the item itself goes nowhere.
                + "((target.shadowRoot && target.shadowRoot.querySelector('a[href]')) || target).click();"
                + "(function poll() {"
                + "  if (" + condition + ") { done(performance.now() - start); return; }"
                + "  if (performance.now() - start > 20000) { done(-1); return; }"
                + "  setTimeout(poll, 5);"
                + "})();", target);
        long millis = Math.round(((Number) answer).doubleValue());
        if (millis < 0) {
            throw new IllegalStateException("the page did not show the result within 20 s: " + condition);
        }
        return millis;
    }

    private static WebDriver browser() {
        File chromedriver = new File(System.getProperty("warmpool.chromedriver", "/usr/bin/chromedriver"));
        File chromium = new File(System.getProperty("warmpool.chromium", "/usr/bin/chromium"));
        if (!chromedriver.canExecute() || !chromium.canExecute()) {
            throw new IllegalStateException("the benchmark needs Debian's chromium and chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--window-size=1280,900",
                    "--user-data-dir=" + Files.createTempDirectory("warmpool-chromium"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
                .usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        return driver;
    }

    /**
     * The client side: with Chromium the drivers this process started and every browser process
     * under them; with the UIDL users this JVM itself (its threads, garbage collector and compiler).
     */
    private Stream<ProcessHandle> clients(Process app) {
        return chromium ? ProcessHandle.current().descendants().filter(p -> p.pid() != app.pid())
                : Stream.of(ProcessHandle.current());
    }

    /** User and system CPU time of the processes, in clock ticks (1/100 s), from /proc. */
    private static long cpuTicks(Stream<ProcessHandle> processes) {
        return processes.mapToLong(process -> {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            } catch (IOException | RuntimeException gone) {
                return 0;
            }
        }).sum();
    }

    /** The server's own time per kind of request in the step, from Tomcat's access log. */
    private static void serverTimes(Path accessLog, long from, long to) throws IOException {
        if (!Files.exists(accessLog)) {
            System.out.println("  (no access log)");
            return;
        }
        Map<String, List<Long>> byKind = new LinkedHashMap<>();
        try (BufferedReader lines = Files.newBufferedReader(accessLog, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] parts = line.split(" ");
                if (parts.length < 5) {
                    continue;
                }
                long end = Long.parseLong(parts[0]);
                if (end < from || end > to) {
                    continue;
                }
                String method = parts[1].substring(1);
                String target = parts[2];
                String kind = target.contains("v-r=uidl") ? "Vaadin round trip (UIDL)"
                        : target.contains("v-r=init") ? "Vaadin UI bootstrap (init)"
                        : target.contains("v-r=heartbeat") ? "heartbeat"
                        : method.equals("POST") && target.startsWith("/login") ? "log-in form"
                        : target.startsWith("/VAADIN/") || target.contains(".") ? "static file"
                        : method + " page";
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(Long.parseLong(parts[parts.length - 1]));
            }
        }
        System.out.println("  server time per request (Tomcat's access log): kind, n, p50 / p95 / max ms");
        byKind.forEach((kind, micros) -> {
            long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("    %-26s %5d  %6.1f / %6.1f / %6.1f%n", kind, sorted.length,
                    percentile(sorted, 50) / 1e3, percentile(sorted, 95) / 1e3, sorted[sorted.length - 1] / 1e3);
        });
    }

    private static long percentile(long[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percentile / 100.0) - 1)];
    }

    private static File jar() {
        File[] jars = new File("target").listFiles((dir, name) -> name.startsWith("warmpool-")
                && name.endsWith(".jar") && !name.endsWith("-plain.jar"));
        if (jars == null || jars.length == 0) {
            throw new IllegalStateException("no target/warmpool-*.jar: run ./mvnw -q -Pproduction package "
                    + "-DskipTests -DskipPitest=true");
        }
        return jars[0];
    }
}

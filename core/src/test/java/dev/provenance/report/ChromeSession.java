package dev.provenance.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Headless Chromium driven through ChromeDriver by the W3C WebDriver protocol, spoken over {@code java.net.http} on
 * the loopback interface: start one, drive it, close it. Only what the report's browser test needs.
 */
final class ChromeSession implements AutoCloseable {
    /** Where Debian's {@code chromium} and {@code chromium-driver} packages put their programs. */
    static final Path CHROMIUM = Path.of(System.getProperty("provenance.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("provenance.chromedriver", "/usr/bin/chromedriver"));

    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(120);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Process driver;
    private final URI base;
    private final String session;

    private ChromeSession(Process driver, URI base, String session) {
        this.driver = driver;
        this.base = base;
        this.session = session;
    }

    /** Why this machine cannot run the browser tests, or {@code null} when it can. */
    static String missing() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            return "headless Chromium is needed for the HTML report's browser test: " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing. Install Debian's packages: apt-get update && apt-get install -y chromium"
                    + " chromium-driver (CI's .ci/run installs them)";
        }
        return null;
    }

    /** Starts ChromeDriver and a headless Chromium of {@code width}×{@code height}; logs go to {@code logDir}. */
    static ChromeSession start(Path logDir, int width, int height) throws IOException, InterruptedException {
        Files.createDirectories(logDir);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port)
                .redirectErrorStream(true)
                .redirectOutput(logDir.resolve("chromedriver.log").toFile())
                .start();
        URI base = URI.create("http://127.0.0.1:" + port);
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                HttpResponse<String> status = http.send(HttpRequest.newBuilder(base.resolve("/status"))
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (status.statusCode() == 200 && status.body().contains("\"ready\":true")) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (!driver.isAlive() || System.nanoTime() > deadline) {
                driver.destroy();
                throw new IOException("chromedriver did not start; see " + logDir.resolve("chromedriver.log"));
            }
            Thread.sleep(100);
        }
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode capabilities = mapper.createObjectNode();
        ObjectNode always = capabilities.putObject("capabilities").putObject("alwaysMatch");
        always.put("browserName", "chrome");
        ObjectNode options = always.putObject("goog:chromeOptions");
        options.put("binary", CHROMIUM.toString());
        var args = options.putArray("args");
        for (String arg : List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createTempDirectory(logDir, "profile"))) {
            args.add(arg);
        }
        always.putObject("goog:loggingPrefs").put("browser", "ALL");
        try {
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(base.resolve("/session"))
                    .timeout(COMMAND_TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(capabilities.toString(), StandardCharsets.UTF_8))
                    .build(), HttpResponse.BodyHandlers.ofString());
            JsonNode value = mapper.readTree(created.body()).path("value");
            if (created.statusCode() != 200 || !value.hasNonNull("sessionId")) {
                throw new IOException("Chromium did not start: " + created.body());
            }
            return new ChromeSession(driver, base, value.get("sessionId").asText());
        } catch (IOException | RuntimeException e) {
            driver.destroy();
            throw e;
        }
    }

    void open(Path file) throws IOException, InterruptedException {
        command("POST", "/url", json.createObjectNode().put("url", file.toUri().toString()));
    }

    /** Runs {@code script} (a function body; {@code arguments} holds {@code args}) and returns its value. */
    JsonNode script(String script, Object... args) throws IOException, InterruptedException {
        ObjectNode body = json.createObjectNode().put("script", script);
        var array = body.putArray("args");
        for (Object arg : args) {
            array.add(json.valueToTree(arg));
        }
        return command("POST", "/execute/sync", body);
    }

    /** The element {@code css} selects; fails when there is none. */
    String find(String css) throws IOException, InterruptedException {
        return command("POST", "/element", locator(css)).get(ELEMENT).asText();
    }

    List<String> findAll(String css) throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        for (JsonNode node : command("POST", "/elements", locator(css))) {
            ids.add(node.get(ELEMENT).asText());
        }
        return ids;
    }

    void click(String element) throws IOException, InterruptedException {
        command("POST", "/element/" + element + "/click", json.createObjectNode());
    }

    void type(String element, String text) throws IOException, InterruptedException {
        command("POST", "/element/" + element + "/value", json.createObjectNode().put("text", text));
    }

    void clear(String element) throws IOException, InterruptedException {
        command("POST", "/element/" + element + "/clear", json.createObjectNode());
    }

    String text(String element) throws IOException, InterruptedException {
        return command("GET", "/element/" + element + "/text", null).asText();
    }

    String attribute(String element, String name) throws IOException, InterruptedException {
        return command("GET", "/element/" + element + "/attribute/" + name, null).asText();
    }

    /** Whether an alert, confirm or prompt dialog is open. */
    boolean dialogOpen() throws IOException, InterruptedException {
        HttpResponse<String> response = send("GET", "/alert/text", null);
        return response.statusCode() == 200;
    }

    /** The browser console's messages since the last call: level and text. */
    List<String> console() throws IOException, InterruptedException {
        List<String> messages = new ArrayList<>();
        for (JsonNode entry : command("POST", "/se/log", json.createObjectNode().put("type", "browser"))) {
            messages.add(entry.path("level").asText() + " " + entry.path("message").asText());
        }
        return messages;
    }

    void screenshot(Path png) throws IOException, InterruptedException {
        Files.createDirectories(png.getParent());
        Files.write(png, Base64.getDecoder().decode(command("GET", "/screenshot", null).asText()));
    }

    void screenshot(String element, Path png) throws IOException, InterruptedException {
        Files.createDirectories(png.getParent());
        Files.write(png, Base64.getDecoder().decode(command("GET", "/element/" + element + "/screenshot", null)
                .asText()));
    }

    void resize(int width, int height) throws IOException, InterruptedException {
        command("POST", "/window/rect", json.createObjectNode().put("width", width).put("height", height));
    }

    private ObjectNode locator(String css) {
        return json.createObjectNode().put("using", "css selector").put("value", css);
    }

    private JsonNode command(String method, String path, JsonNode body) throws IOException, InterruptedException {
        HttpResponse<String> response = send(method, path, body);
        JsonNode value = json.readTree(response.body()).path("value");
        if (response.statusCode() != 200) {
            throw new IOException(method + " " + path + ": " + value.path("error").asText() + ": "
                    + value.path("message").asText());
        }
        return value;
    }

    private HttpResponse<String> send(String method, String path, JsonNode body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/session/" + session + path))
                .timeout(COMMAND_TIMEOUT);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json; charset=utf-8")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws IOException {
        try {
            send("DELETE", "", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            driver.destroy();
            try {
                driver.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

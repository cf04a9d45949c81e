package com.pathway.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The headless Chromiums of one test JVM. Starting a browser and compiling the application's scripts
 * in it anew for every journey cost seconds each time; a journey takes a browser that is free, and
 * gives it back cleared of everything the application stored (cookies, local and session storage,
 * other tabs). Only its cache of the application's static files carries over. Every browser is quit
 * and its profile folder removed when the JVM ends.
 */
final class Chromiums {

    private static final Deque<ChromeDriver> FREE = new ArrayDeque<>();
    private static final Map<ChromeDriver, Path> PROFILES = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> List.copyOf(PROFILES.keySet()).forEach(Chromiums::quit),
                "chromium-quit"));
    }

    private Chromiums() {
    }

    /** A free browser, or a new one when every browser is in use (a journey with two people). */
    static synchronized ChromeDriver take() throws IOException {
        ChromeDriver free = FREE.poll();
        return free != null ? free : start();
    }

    /**
     * Clears what the application at {@code baseUrl} left in the browser and keeps it for the next
     * journey; a browser that cannot be cleared is quit instead.
     */
    static void giveBack(ChromeDriver driver, String baseUrl) {
        try {
            String fresh = driver.switchTo().newWindow(WindowType.TAB).getWindowHandle();
            for (String handle : driver.getWindowHandles()) {
                if (!handle.equals(fresh)) {
                    driver.switchTo().window(handle).close();
                }
            }
            driver.switchTo().window(fresh);
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", baseUrl,
                    "storageTypes", "cookies,local_storage,indexeddb,service_workers,cache_storage"));
        } catch (RuntimeException e) {
            quit(driver);
            return;
        }
        synchronized (Chromiums.class) {
            FREE.push(driver);
        }
    }

    private static ChromeDriver start() throws IOException {
        for (String tool : List.of(Browser.CHROMIUM, Browser.CHROMEDRIVER)) {
            if (!Files.isExecutable(Path.of(tool))) {
                throw new IllegalStateException("Browser tests need " + tool
                        + ": install Debian's packages with 'apt-get install -y chromium chromium-driver'.");
            }
        }
        System.setProperty("webdriver.chrome.driver", Browser.CHROMEDRIVER);
        Path profile = Files.createTempDirectory("pathway-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Browser.CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-default-apps", "--window-size=1280,800",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(Browser.CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        PROFILES.put(driver, profile);
        return driver;
    }

    private static void quit(ChromeDriver driver) {
        Path profile = PROFILES.remove(driver);
        try {
            driver.quit();
        } catch (RuntimeException e) {
            // already gone
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

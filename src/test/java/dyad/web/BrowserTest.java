package dyad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dyad.store.Ingested;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser: Debian's headless chromium driven by its chromedriver through
 * Selenium, both given by path so nothing is downloaded. Skipped (with the reason) where they
 * are not installed; {@code .ci/chromium.sh} installs them. Screenshots go to {@code target/browser/}.
 */
class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "browser");

    /** Debian's chromium is often newer than Selenium's DevTools bindings, which warn; these tests use WebDriver only. */
    static final java.util.logging.Logger DEVTOOLS_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    @TempDir
    static Path folder;
    @TempDir
    static Path profile;
    static WebHarness web;
    static ChromeDriver browser;

    /** Why the browser tests cannot run here, or null. */
    static String missing;

    @BeforeAll
    static void start() {
        for (Path program : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(program)) {
                missing = "browser tests need Debian's chromium and chromium-driver; " + program
                        + " is missing (run .ci/chromium.sh)";
                return;
            }
        }
        // the web corpus and tracked letters beside it, Canada–Cuba dated only to the year, and Norway's
        // sanctions on Belarus told by three reports
        List<Ingested> more = new java.util.ArrayList<>(List.of(Corpus.canadaCubaByYear()));
        more.addAll(ClusterCorpus.march());
        web = LetterDesk.harness(folder, more.toArray(Ingested[]::new));
        DEVTOOLS_LOG.setLevel(Level.OFF);
        ChromeOptions options = new ChromeOptions();
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** Each test is reported skipped, with the reason, where the browser is missing. */
    @BeforeEach
    void needsBrowser() {
        assumeTrue(missing == null, missing);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (web != null) {
            web.close();
        }
    }

    /** A chart has drawn, drawn nothing or failed: "loading" is set while its data is fetched, so it is not yet done. */
    private static boolean settled(WebElement chart) {
        String state = chart.getAttribute("data-rendered");
        return state != null && !state.equals("loading");
    }

    @Test
    void dyadTimelineDrawsAndAnEventOpensItsEvidence() throws Exception {
        browser.get(web.base() + "/dyads/CAN/VEN");
        WebElement chart = browser.findElement(By.id("timeline-chart"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> settled(chart));
        assertThat(chart.getAttribute("data-rendered")).isEqualTo("true");

        Map<String, Object> drawn = drawn();
        assertThat(((Number) drawn.get("painted")).longValue()).isGreaterThan(5_000);
        assertThat(String.valueOf(drawn.get("series"))).contains("SANCTION", "CONSULT", "PROTEST", "REJECT", "score");
        // 2017-06 .. 2026-01 without gaps
        assertThat(((List<?>) drawn.get("axis"))).hasSize(104);
        assertThat(browser.findElements(By.cssSelector(".band-track a.band"))).hasSize(1);
        screenshot("dyad.png");

        WebElement first = browser.findElement(By.cssSelector("table.events a.evidence-link"));
        String evidence = first.getText();
        first.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/docs/"));
        WebElement mark = browser.findElement(By.cssSelector("mark#evidence"));
        JavascriptExecutor js = browser;
        assertThat(mark.getText()).isEqualTo(evidence);
        assertThat(mark.isDisplayed()).isTrue();
        Boolean inView = (Boolean) js.executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", mark);
        assertThat(inView).isTrue();
        String background = mark.getCssValue("background-color");
        assertThat(background).isNotIn("rgba(0, 0, 0, 0)", "transparent");
        screenshot("document.png");
    }

    @Test
    void aDyadDatedOnlyToTheYearDrawsItsYearsAndTheToggleSwitches() throws Exception {
        browser.get(web.base() + "/dyads/CAN/CUB");
        WebElement chart = browser.findElement(By.id("timeline-chart"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> settled(chart));
        assertThat(chart.getAttribute("data-rendered")).isEqualTo("true");
        Map<String, Object> drawn = drawn();
        assertThat(((Number) drawn.get("painted")).longValue()).isGreaterThan(5_000);
        // every year from the first to the last, without gaps
        assertThat(String.valueOf(drawn.get("axis"))).isEqualTo("[2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020]");
        assertThat(String.valueOf(drawn.get("series"))).contains("CONSULT", "SANCTION", "score");
        assertThat(browser.findElement(By.id("view-months")).isEnabled()).isFalse();
        assertThat(browser.findElement(By.id("undated-note")).isDisplayed()).isTrue();
        screenshot("dyad-years.png");

        // a dyad with many months starts on them; Years switches the same chart to years
        browser.get(web.base() + "/dyads/CAN/VEN");
        WebElement monthly = browser.findElement(By.id("timeline-chart"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> settled(monthly));
        assertThat(monthly.getAttribute("data-view")).isEqualTo("months");
        browser.findElement(By.id("view-years")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> "years".equals(monthly.getAttribute("data-view")));
        assertThat(String.valueOf(drawn().get("axis"))).startsWith("[2017, 2018,").endsWith("2026]");
        assertThat(browser.findElement(By.id("view-years")).getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(browser.findElement(By.id("view-months")).getAttribute("aria-pressed")).isEqualTo("false");
        browser.findElement(By.id("view-months")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> "months".equals(monthly.getAttribute("data-view")));
        assertThat(((List<?>) drawn().get("axis"))).hasSize(104);
    }

    @Test
    void aDyadPageDrawsGdeltsImportedSeriesBesideDyadsOwn() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(folder.resolve("gdelt-browser.csv"), String.join("\n",
                new dyad.gdelt.GdeltRow(71, "20210105", "163").source("CANGOV", "CANADA", "CAN", "GOV")
                        .target("VENGOV", "VENEZUELA", "VEN", "GOV").line(),
                new dyad.gdelt.GdeltRow(72, "20210301", "042").source("CANGOV", "CANADA", "CAN", "GOV")
                        .target("VENGOV", "VENEZUELA", "VEN", "GOV").line(),
                new dyad.gdelt.GdeltRow(73, "20210510", "111").source("CANGOV", "CANADA", "CAN", "GOV")
                        .target("VENGOV", "VENEZUELA", "VEN", "GOV").line()) + "\n");
        new dyad.gdelt.GdeltImport(dyad.gdelt.CameoTables.load()).run(List.of(file), web.repository.imports(),
                new dyad.gdelt.ImportReport(line -> { }));
        browser.get(web.base() + "/dyads/CAN/VEN");
        WebElement own = browser.findElement(By.id("timeline-chart"));
        WebElement gdelt = browser.findElement(By.id("gdelt-chart"));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> settled(own) && settled(gdelt));
        assertThat(own.getAttribute("data-rendered")).isEqualTo("true");
        assertThat(gdelt.getAttribute("data-rendered")).isEqualTo("true");
        Map<String, Object> dyads = drawn("timeline-chart");
        Map<String, Object> gdelts = drawn("gdelt-chart");
        assertThat(((Number) gdelts.get("painted")).longValue()).isGreaterThan(5_000);
        assertThat(String.valueOf(gdelts.get("series"))).contains("SANCTION", "CONSULT", "ACCUSE", "score");
        assertThat(String.valueOf(gdelts.get("axis"))).isEqualTo("[2021-01, 2021-02, 2021-03, 2021-04, 2021-05]");
        assertThat(((List<?>) dyads.get("axis"))).as("Dyad's own chart as before").hasSize(104);
        screenshot("dyad-with-gdelt.png");
    }

    @Test
    void theDyadPageDrawsCoverageUnderTheTimelineAndItsLinkOpensTheCoveragePage() throws Exception {
        List<String> months = new java.util.ArrayList<>();
        web.json("/api/dyads/CAN/VEN/coverage", 200).get("months").forEach(m -> months.add(m.get("month").asText()));
        assertThat(months).isNotEmpty().startsWith("2023-01");

        browser.get(web.base() + "/dyads/CAN/VEN?either=true");
        WebElement chart = browser.findElement(By.id("coverage-chart"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> settled(chart));
        assertThat(chart.getAttribute("data-rendered")).isEqualTo("true");
        Map<String, Object> drawn = drawn("coverage-chart");
        assertThat(((Number) drawn.get("painted")).longValue()).isGreaterThan(2_000);
        assertThat((List<?>) drawn.get("series")).extracting(String::valueOf).contains("documents", "publishers",
                "CAN government", "VEN government", "third parties");
        assertThat((List<?>) drawn.get("axis")).extracting(String::valueOf).containsExactlyElementsOf(months);
        JavascriptExecutor js = browser;
        Boolean below = (Boolean) js.executeScript("return document.getElementById('coverage-chart').getBoundingClientRect().top"
                + " > document.getElementById('timeline-chart').getBoundingClientRect().bottom");
        assertThat(below).as("coverage under the timeline").isTrue();
        WebElement unquoted = browser.findElement(By.cssSelector("#coverage-box li.side.unquoted"));
        assertThat(unquoted.getText()).isEqualTo("Nobody from VEN is quoted: neither its government nor any other voice.");
        assertThat(unquoted.isDisplayed()).isTrue();
        screenshot("dyad-coverage.png");

        browser.findElement(By.id("coverage-link")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/dyads/CAN/VEN/coverage"));
        WebElement full = browser.findElement(By.id("coverage-chart"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> settled(full));
        assertThat(full.getAttribute("data-rendered")).isEqualTo("true");
        Map<String, Object> page = drawn("coverage-chart");
        assertThat(((Number) page.get("painted")).longValue()).isGreaterThan(5_000);
        assertThat((List<?>) page.get("axis")).extracting(String::valueOf).containsExactlyElementsOf(months);
        List<WebElement> rows = browser.findElements(By.cssSelector("table.coverage-voices tr.voice"));
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).getText()).startsWith("CAN government GOV, MIL");
        // a speaker's name full of markup is shown as text
        assertThat(browser.findElement(By.cssSelector("table.coverage-voices")).getText()).contains("<i>Envoy</i> \"X\"");
        assertThat((Long) js.executeScript("return document.querySelectorAll('table.coverage-voices i').length")).isZero();
        assertThat(browser.findElement(By.cssSelector("li.side.unquoted")).getAttribute("data-country")).isEqualTo("VEN");
        screenshot("coverage.png");
    }

    @Test
    void anActToldByThreeSourcesCountsOnceAndItsClusterPageShowsEveryTelling() throws Exception {
        browser.get(web.base() + "/dyads/NOR/BLR");
        WebElement chart = browser.findElement(By.id("timeline-chart"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "true".equals(chart.getAttribute("data-rendered")));
        // two months with acts: the chart opens on the year, where the March act counts once beside September's
        assertThat(String.valueOf(drawn().get("axis"))).isEqualTo("[2025]");
        assertThat(sanctions()).isEqualTo("[2]");
        assertThat(browser.findElement(By.id("count-acts")).getAttribute("aria-pressed")).isEqualTo("true");
        browser.findElement(By.id("count-reports")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "reports".equals(chart.getAttribute("data-count"))
                && "true".equals(chart.getAttribute("data-rendered")));
        assertThat(sanctions()).isEqualTo("[4]"); // the wire, its copy and the Baltic report, and September's
        assertThat(browser.findElement(By.id("count-reports")).getAttribute("aria-pressed")).isEqualTo("true");
        screenshot("dyad-reports.png");
        browser.findElement(By.id("count-acts")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "acts".equals(chart.getAttribute("data-count"))
                && "true".equals(chart.getAttribute("data-rendered")));
        assertThat(sanctions()).isEqualTo("[2]");

        List<WebElement> told = browser.findElements(By.cssSelector("table.events a.cluster-link"));
        assertThat(told).extracting(WebElement::getText).contains("told by 3 sources (2 independent)", "told by 1 source");
        told.stream().filter(a -> a.getText().startsWith("told by 3")).findFirst().orElseThrow().click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/clusters/"));
        assertThat(browser.findElement(By.id("cluster-sources")).getText()).startsWith("Told by 3 sources (2 independent)");
        assertThat(browser.findElements(By.cssSelector("li.telling"))).hasSize(3);
        assertThat(browser.findElements(By.cssSelector("li.telling mark.evidence"))).extracting(WebElement::getText)
                .containsExactly(dyad.store.Fixtures.sentence(ClusterCorpus.WIRE, "Norway imposed").text(),
                        dyad.store.Fixtures.sentence(ClusterCorpus.COPY, "Norway imposed").text(),
                        dyad.store.Fixtures.sentence(ClusterCorpus.BALTIC, "Norway on Monday").text());
        assertThat(browser.findElement(By.cssSelector(".conflict-date")).isDisplayed()).isTrue();
        // stored markup in a title stays text
        assertThat(browser.findElements(By.cssSelector("li.telling a.document-link"))).extracting(WebElement::getText)
                .contains("Oslo <b>targets</b> Belarus & Minsk");
        assertThat(browser.findElements(By.cssSelector("li.telling b, li.telling i"))).isEmpty();
        assertThat(errors()).as("browser errors on the dyad and cluster pages").isEmpty();
        screenshot("cluster.png");

        WebElement third = browser.findElements(By.cssSelector("li.telling a.evidence-link")).get(2);
        String sentence = third.getText();
        third.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/docs/"));
        assertThat(browser.findElement(By.cssSelector("mark#evidence")).getText()).isEqualTo(sentence);
    }

    /** The SANCTION series of the dyad chart, as drawn. */
    private static String sanctions() {
        return String.valueOf(((JavascriptExecutor) browser).executeScript("""
                const option = echarts.getInstanceByDom(document.getElementById('timeline-chart')).getOption();
                return option.series.find(s => s.name === 'SANCTION').data;
                """));
    }

    /** The browser's severe log lines since the last call (script errors, CSP violations, missing files). */
    private static List<String> errors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    /** What the chart drew: painted pixels of its canvas, its series names and its x axis. */
    private static Map<String, Object> drawn() {
        return drawn("timeline-chart");
    }

    /** What the chart with this element id drew. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> drawn(String id) {
        return (Map<String, Object>) ((JavascriptExecutor) browser).executeScript("""
                const el = document.getElementById(arguments[0]);
                const chart = echarts.getInstanceByDom(el);
                const canvas = el.querySelector('canvas');
                const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                let painted = 0;
                for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) painted++; }
                const option = chart.getOption();
                return {painted: painted, series: option.series.map(s => s.name), axis: option.xAxis[0].data};
                """, id);
    }

    @Test
    void hostileTextStaysText() throws Exception {
        browser.get(web.base() + "/docs/" + web.hostile.hash() + "?record=1");
        assertThat(browser.findElement(By.cssSelector("mark#evidence")).getText()).isEqualTo("<script>alert('quote')</script>");
        JavascriptExecutor js = browser;
        // Only our own script ran: no alert is open and the page has no injected elements.
        assertThat((Long) js.executeScript("return document.querySelectorAll('article img, article b, article script').length"))
                .isZero();
        assertThat(browser.getTitle()).contains("<script>alert(\"doc\")</script>");
        screenshot("hostile.png");
    }

    @Test
    void everyPageLoadsWithoutBrowserErrors() throws Exception {
        for (String page : List.of("/", "/events?a=CAN&b=VEN", "/voices", "/letters", "/search?q=sanctions",
                "/dyads/VEN/CAN?either=true", "/dyads/CAN/CUB", "/dyads/CAN/VEN/coverage", "/docs/" + web.letter.hash() + "?record=4", "/letters/overdue", "/letters/stats",
                "/letters/" + LetterDesk.id(web, "letter.txt"), "/letters/" + LetterDesk.id(web, LetterDesk.HOSTILE_NAME))) {
            browser.get(web.base() + page);
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
            assertThat(errors()).as("browser errors on %s (script errors, CSP violations, missing files)", page).isEmpty();
        }
        browser.get(web.base() + "/");
        screenshot("overview.png");
        browser.get(web.base() + "/search?q=sanctions");
        screenshot("search.png");
        browser.get(web.base() + "/letters");
        screenshot("letters.png");
    }

    @Test
    void theOverdueListRendersAndALetterShowsItsDemandStates() throws Exception {
        String carney = LetterDesk.id(web, "letters/open.md");
        browser.get(web.base() + "/letters/overdue");
        List<WebElement> rows = browser.findElements(By.cssSelector("table.overdue tbody tr"));
        assertThat(rows).hasSize(3);
        WebElement last = rows.get(2);
        assertThat(last.findElement(By.cssSelector("a.letter-link")).getText()).isEqualTo(carney);
        assertThat(last.findElement(By.cssSelector("td.state")).getText()).isEqualTo("overdue");
        assertThat(last.getText()).contains("Mark Carney", "52", "22");
        assertThat(last.isDisplayed()).isTrue();
        screenshot("letters-overdue.png");

        // from the overdue list to the letters page, then to the letter with a met and an open demand
        browser.get(web.base() + "/letters?recipient=anand");
        browser.findElement(By.cssSelector("article.letter a.letter-link")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/letters/"));
        List<WebElement> states = browser.findElements(By.cssSelector("table.demands tr.demand td.demand-state"));
        assertThat(states).extracting(WebElement::getText).containsExactly("met", "open");
        assertThat(states.get(0).isDisplayed()).isTrue();
        WebElement evidence = browser.findElement(By.cssSelector("tr.demand ul.evidence li.accepted a"));
        assertThat(evidence.getText()).isEqualTo("Canada condemned the U.S. strikes.");
        assertThat(browser.findElement(By.cssSelector(".letter-state")).getText()).isEqualTo("refused");
        assertThat(browser.findElements(By.cssSelector("tr.reply.conflicting"))).hasSize(2);
        screenshot("letter.png");

        evidence.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/docs/"));
        assertThat(browser.findElement(By.cssSelector("mark#evidence")).getText()).isEqualTo("Canada condemned the U.S. strikes.");
    }

    private static void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}

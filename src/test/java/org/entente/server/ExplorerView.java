package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;

/**
 * The explorer page in a {@link Browser}, read the way a person sees it: what ECharts drew (its own model of the
 * graph series, not the page's script's bookkeeping), the text of the panels, real mouse clicks at a node's pixel.
 */
final class ExplorerView {
    private static final String CHART = "echarts.getInstanceByDom(document.getElementById('network'))";
    private static final String SERIES = CHART + ".getModel().getSeriesByIndex(0)";

    final Browser browser;

    private ExplorerView(Browser browser) {
        this.browser = browser;
    }

    /** Opens a URL (http:// or file://) and waits until the network is drawn, or said to be empty. */
    static ExplorerView open(Browser browser, String url) throws Exception {
        browser.call("Page.enable", Map.of());
        browser.watchProblems();
        browser.call("Emulation.setDeviceMetricsOverride", Map.of("width", 1400, "height", 1400, "deviceScaleFactor", 1, "mobile", false));
        browser.call("Page.navigate", Map.of("url", url));
        browser.waitFor("document.readyState === 'complete' && (document.getElementById('network').dataset.edges !== undefined"
                + " || !document.getElementById('network-empty').hidden)", "the network");
        return new ExplorerView(browser);
    }

    long nodes() throws Exception {
        return (long) browser.number(SERIES + ".getData().count()");
    }

    long edges() throws Exception {
        return (long) browser.number(SERIES + ".getEdgeData().count()");
    }

    /** The labels of the drawn nodes, sorted. */
    TreeSet<String> labels() throws Exception {
        String joined = browser.text("(() => { const d = " + SERIES + ".getData(); const out = [];"
                + " for (let i = 0; i < d.count(); i++) out.push(d.getName(i)); return out.join('\\n'); })()");
        return new TreeSet<>(joined.isEmpty() ? java.util.List.of() : Arrays.asList(joined.split("\n")));
    }

    /** Clicks the node of a state with the mouse, at the pixel where ECharts drew it. */
    void clickState(String iri) throws Exception {
        String at = browser.text("(() => { const s = " + SERIES + "; const d = s.getData();"
                + " let i = -1; for (let k = 0; k < d.count(); k++) if (d.getId(k) === " + UiPages.jsString(iri) + ") i = k;"
                + " if (i < 0) return 'missing';"
                + " const p = " + CHART + ".convertToPixel({seriesIndex: 0}, d.getItemLayout(i));"
                + " const r = document.getElementById('network').getBoundingClientRect();"
                + " return (r.left + p[0]) + ' ' + (r.top + p[1]); })()");
        assertEquals(false, at.equals("missing"), "no node drawn for " + iri);
        String[] xy = at.split(" ");
        browser.click(Double.parseDouble(xy[0]), Double.parseDouble(xy[1]));
        // The pointer leaves the chart, as a reader's does to read the panel (no hover highlight in the screenshot).
        browser.call("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", 2.0, "y", 2.0));
    }

    String details() throws Exception {
        return browser.text("document.getElementById('details').innerText");
    }

    Path screenshot(String name) throws Exception {
        Thread.sleep(600);   // ECharts' hover fade and tooltip run out (about 300 ms) after the pointer left
        Path shot = browser.screenshot(Path.of("target", "browser", name));
        System.err.println("explorer test: screenshot " + shot.toAbsolutePath());
        return shot;
    }

    /** No script error, console error or CSP violation since the page was opened. */
    void assertClean() throws Exception {
        assertEquals("[]", browser.cspViolations(), "blocked by the content security policy");
        assertEquals("[]", browser.problems().toString(), "errors in the page");
    }
}

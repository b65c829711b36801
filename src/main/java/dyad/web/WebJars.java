package dyad.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Paths of the browser libraries shipped as WebJars, found from the jars' own version files (no CDN, no network). */
final class WebJars {

    private WebJars() {
    }

    /** The URL path of ECharts' minified script, or null when the WebJar is not on the class path. */
    static String echarts() {
        String version = version("org.webjars.npm", "echarts");
        return version == null ? null : "/webjars/echarts/" + version + "/dist/echarts.min.js";
    }

    static String version(String group, String artifact) {
        String file = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = WebJars.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}

package io.github.binhdang.serialization.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;

/**
 * The version of this artifact, as Jackson modules report it: read from {@code version.properties}
 * beside this class, which the build writes from the project's coordinates (a filtered copy of
 * {@code src/main/templates/version.properties}), so no generated source is kept.
 */
final class PackageVersion {

    /** The version, or {@link Version#unknownVersion()} if the build wrote none. */
    static final Version VERSION = read();

    private PackageVersion() {
    }

    private static Version read() {
        Properties properties = new Properties();
        try (InputStream in = PackageVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return Version.unknownVersion();
            }
            properties.load(in);
        } catch (IOException e) {
            return Version.unknownVersion();
        }
        String version = properties.getProperty("version", "");
        if (version.isEmpty() || version.startsWith("${")) {
            return Version.unknownVersion();
        }
        return VersionUtil.parseVersion(version, properties.getProperty("groupId"), properties.getProperty("artifactId"));
    }
}

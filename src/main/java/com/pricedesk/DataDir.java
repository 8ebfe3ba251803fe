package com.pricedesk;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the workspace lives when {@code --data-dir} is not given: the OS's user data folder. */
public final class DataDir {
    private DataDir() {
    }

    public static Path defaultFor(String osName, Map<String, String> env, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming")).resolve("PriceDesk");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "PriceDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share")).resolve("pricedesk");
    }

    public static Path defaultDir() {
        return defaultFor(System.getProperty("os.name"), System.getenv(), System.getProperty("user.home"));
    }
}

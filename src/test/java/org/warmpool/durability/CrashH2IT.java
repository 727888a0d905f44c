package org.warmpool.durability;

import org.warmpool.ShippedH2Url;

/**
 * The crash test on the embedded H2 file with the URL the application ships
 * ({@code spring.datasource.url} in application.properties), moved into a temporary folder. To try
 * other settings: {@code -Dwarmpool.crash.h2-url=jdbc:h2:file:{dir}/warmpool;LOCK_TIMEOUT=10000}.
 */
class CrashH2IT extends CrashScenario {

    @Override
    String[] database() {
        String url = System.getProperty("warmpool.crash.h2-url");
        if (url == null) {
            url = ShippedH2Url.at("{dir}/warmpool");
        }
        return new String[] {url.replace("{dir}", work.toAbsolutePath().toString().replace('\\', '/')), "sa", ""};
    }

    @Override
    String name() {
        return "H2";
    }
}

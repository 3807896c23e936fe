package org.yici.engine.cli;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.yici.engine.YiciApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code yici serve [spring args]}: runs the service; other arguments go to Spring Boot. */
@Command(name = "serve", description = "Run the check service (e.g. yici serve --server.port=8081).")
public class ServeCommand implements Runnable {
    private static volatile boolean serving;

    @Unmatched
    List<String> springArgs = new ArrayList<>();

    public static boolean isServing() {
        return serving;
    }

    @Override
    public void run() {
        serving = true;
        SpringApplication.run(YiciApplication.class, springArgs.toArray(String[]::new));
    }
}

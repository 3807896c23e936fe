package org.yici.engine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Yici service: check API, matter checklists, persistence. Started by {@code yici serve}. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class YiciApplication {

    public static void main(String[] args) {
        SpringApplication.run(YiciApplication.class, args);
    }
}

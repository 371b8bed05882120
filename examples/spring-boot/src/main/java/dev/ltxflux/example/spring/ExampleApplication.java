package dev.ltxflux.example.spring;

import java.nio.file.Path;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * {@code LTXFLUX_TOKEN=... java -jar app.jar in.png out.png}: edits one image with the auto-configured client.
 * Settings come from {@code application.properties} ({@code ltxflux.*}) or the environment.
 */
@SpringBootApplication
public class ExampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(ExampleApplication.class, args);
    }

    @Bean
    CommandLineRunner editFromCommandLine(SunsetService sunsets) {
        return args -> {
            if (args.length == 2) {
                System.out.println("saved " + sunsets.addSunset(Path.of(args[0]), Path.of(args[1])));
            }
        };
    }
}

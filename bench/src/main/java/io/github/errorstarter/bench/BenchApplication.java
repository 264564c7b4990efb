package io.github.errorstarter.bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The app that {@code bench/run.sh} loads: the same endpoints with error-starter and,
 * started with {@code --errors.enabled=false}, with Spring Boot's own error handling.
 */
@SpringBootApplication
public class BenchApplication {

	public static void main(String[] args) {
		SpringApplication.run(BenchApplication.class, args);
	}

}

package io.github.errorstarter.conformance.servlet;

import io.github.errorstarter.conformance.app.ScenarioExceptions.TeapotException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The application's own advice, which must win over the starter's.
 */
@ControllerAdvice
class AppExceptionHandler {

	@ExceptionHandler(TeapotException.class)
	ResponseEntity<String> handleTeapot() {
		return ResponseEntity.status(HttpStatus.I_AM_A_TEAPOT).body("handled by the app");
	}

}

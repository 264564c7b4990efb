package io.github.errorstarter.sample.shop;

/**
 * The disk that order exports are written to is full. A plain exception: its 507 status
 * and the detail clients see are set only in {@code application.yml}.
 */
public class ExportVolumeFullException extends RuntimeException {

	public ExportVolumeFullException(String message) {
		super(message);
	}

}

package io.github.errorstarter.sample.api;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Product photo uploads (tour stop 6): the shop's upload volume is always full.
 */
@RestController
class UploadApiController {

	@PostMapping("/api/uploads")
	void upload(@RequestBody(required = false) byte[] photo) {
		int size = (photo != null) ? photo.length : 0;
		throw new InsufficientStorageException("Volume /srv/uploads is full, cannot store " + size + " bytes");
	}

}

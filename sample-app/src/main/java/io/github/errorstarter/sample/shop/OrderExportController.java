package io.github.errorstarter.sample.shop;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The export of all orders as a spreadsheet (tour stop 6): its disk is always full.
 */
@Controller
class OrderExportController {

	@GetMapping("/orders/export")
	String export() {
		throw new ExportVolumeFullException("No space left on device: /mnt/exports (0 of 2 GiB free)");
	}

}

package io.github.errorstarter.sample.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The JSON body of a new order (tour stop 10); every constraint that fails becomes one
 * entry in the problem's {@code errors}.
 *
 * @param productId the product to order, such as {@code anvil}
 * @param quantity how many, from 1 to 10
 * @param email where to send the confirmation
 */
record OrderRequest(@NotBlank String productId, @NotNull @Min(1) @Max(10) Integer quantity,
		@NotBlank @Email String email) {
}

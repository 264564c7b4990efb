package io.github.errorstarter.sample.blog;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No blog post has the requested slug. Under {@code /blog/**}, its 404 page comes from
 * {@code templates/blog/error/}.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PostNotFoundException extends RuntimeException {

	public PostNotFoundException(String slug) {
		super("There is no blog post called '" + slug + "'.");
	}

}

package io.github.errorstarter.sample.blog;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The shop's blog posts, kept in memory, newest first.
 */
@Component
class BlogPosts {

	private final List<Post> posts = List.of(
			new Post("rocket-skates-are-back", "Rocket skates are back (soon)", LocalDate.of(2026, 11, 2),
					"Our most popular product sold out in a day. A new batch is on its way from the factory."),
			new Post("choosing-an-anvil", "How to choose an anvil", LocalDate.of(2026, 10, 14),
					"Weight, horn shape and rebound: what matters when you pick the anvil for your next project."),
			new Post("welcome", "Welcome to the Acme Shop blog", LocalDate.of(2026, 9, 1),
					"News from the workshop, buying guides and the occasional product recall."));

	List<Post> all() {
		return this.posts;
	}

	Post find(String slug) {
		return this.posts.stream().filter((post) -> post.slug().equals(slug)).findFirst().orElse(null);
	}

	/**
	 * One blog post.
	 *
	 * @param slug the last segment of the post's URL
	 * @param title the title
	 * @param published the day it was published
	 * @param body the text
	 */
	record Post(String slug, String title, LocalDate published, String body) {
	}

}

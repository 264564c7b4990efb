package io.github.errorstarter.sample.blog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The blog (tour stop 7): a list of posts and one page per post.
 */
@Controller
class BlogController {

	private final BlogPosts posts;

	BlogController(BlogPosts posts) {
		this.posts = posts;
	}

	@GetMapping("/blog")
	String list(Model model) {
		model.addAttribute("posts", this.posts.all());
		return "blog/index";
	}

	@GetMapping("/blog/{slug}")
	String post(@PathVariable String slug, Model model) {
		BlogPosts.Post post = this.posts.find(slug);
		if (post == null) {
			throw new PostNotFoundException(slug);
		}
		model.addAttribute("post", post);
		return "blog/post";
	}

}

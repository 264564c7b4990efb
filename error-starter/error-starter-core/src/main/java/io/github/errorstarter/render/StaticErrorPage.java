package io.github.errorstarter.render;

import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.resolve.ErrorDescription;

import org.springframework.lang.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * A built-in page that cannot fail: plain string building, every value escaped. It is the
 * last resort when templates are absent or fail to render.
 *
 * @since 0.1.0
 */
public final class StaticErrorPage implements ErrorPageRenderer {

	@Override
	public String render(ErrorContext error, @Nullable PathRule rule) {
		ErrorDescription description = error.getDescription();
		StringBuilder page = new StringBuilder(1024);
		page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
			.append("<link rel=\"icon\" href=\"data:,\"><title>")
			.append(description.status())
			.append(' ')
			.append(escape(description.title()))
			.append("</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;")
			.append("padding:0 1rem;line-height:1.5;color:#1a1a1a;background:#fff}")
			.append("@media (prefers-color-scheme:dark){body{color:#eee;background:#121212}a{color:#8ab4f8}}</style>")
			.append("</head><body><main><p>Error ")
			.append(description.status())
			.append("</p><h1>")
			.append(escape(description.title()))
			.append("</h1><p>")
			.append(escape(description.detail()))
			.append("</p>");
		appendReference(page, error.getReference());
		page.append("<p><a href=\"")
			.append(escape(error.getRequest().getContextPath()))
			.append("/\">Go to the home page</a></p></main></body></html>\n");
		return page.toString();
	}

	private static void appendReference(StringBuilder page, @Nullable String reference) {
		if (reference != null) {
			page.append("<p>Reference: <code>").append(escape(reference)).append("</code></p>");
		}
	}

	private static String escape(@Nullable String value) {
		return (value != null) ? HtmlUtils.htmlEscape(value) : "";
	}

}

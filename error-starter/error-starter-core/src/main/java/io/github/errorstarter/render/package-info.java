/**
 * Render: choose the format for the client, then render a problem body or an HTML page
 * into a {@link io.github.errorstarter.render.RenderedError}, which the door writes. No
 * decision here depends on the web stack.
 * <ul>
 * <li>SPI (applications implement them, as beans):
 * {@link io.github.errorstarter.render.ErrorPageRenderer} (replaces the pages),
 * {@link io.github.errorstarter.render.ProblemJsonWriter} (the JSON mapper, one per
 * Spring Boot line), {@link io.github.errorstarter.render.ProblemDetailCustomizer}, and,
 * per web stack, {@link io.github.errorstarter.render.ThymeleafContextFactory}.</li>
 * <li>API: {@link io.github.errorstarter.render.ErrorRenderer},
 * {@link io.github.errorstarter.render.RenderedError},
 * {@link io.github.errorstarter.render.ProblemJsonRenderer},
 * {@link io.github.errorstarter.render.ErrorFormatNegotiator},
 * {@link io.github.errorstarter.render.ErrorFormat},
 * {@link io.github.errorstarter.render.PathRule},
 * {@link io.github.errorstarter.render.ThymeleafErrorPageRenderer},
 * {@link io.github.errorstarter.render.ErrorPageModel} (whose keys templates read),
 * {@link io.github.errorstarter.render.ErrorTemplateLocator},
 * {@link io.github.errorstarter.render.DefaultErrorPageTemplateResolver},
 * {@link io.github.errorstarter.render.StaticErrorPage},
 * {@link io.github.errorstarter.render.StackTraces}.</li>
 * <li>Internal: the page texts and the lazy model values, package-private.</li>
 * </ul>
 */
@NonNullApi
@NonNullFields
package io.github.errorstarter.render;

import org.springframework.lang.NonNullApi;
import org.springframework.lang.NonNullFields;

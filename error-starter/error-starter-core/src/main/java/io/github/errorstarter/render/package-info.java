/**
 * Render: choose the format for the client, then render a problem body or an HTML page
 * into a {@link io.github.errorstarter.render.RenderedError}, which the door writes. No
 * decision here depends on the web stack.
 */
package io.github.errorstarter.render;

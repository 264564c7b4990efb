/**
 * Render: choose the format for the client, then write a problem body or an HTML page.
 */
package io.github.errorstarter.render;

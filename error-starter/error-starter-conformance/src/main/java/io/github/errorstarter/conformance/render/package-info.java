/**
 * Suite: the default error page, its texts and escaping, and the template lookup with its
 * failsafe.
 */
package io.github.errorstarter.conformance.render;

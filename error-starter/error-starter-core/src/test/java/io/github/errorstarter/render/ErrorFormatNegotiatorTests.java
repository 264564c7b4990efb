package io.github.errorstarter.render;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ErrorFormatNegotiator}.
 */
class ErrorFormatNegotiatorTests {

	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private final PathRule apiRule = PathRule.of("/api/**", ErrorFormat.JSON, null);

	private final PathRule blogRule = PathRule.of("/blog/**", null, "blog");

	private final ErrorFormatNegotiator negotiator = new ErrorFormatNegotiator(List.of(this.apiRule, this.blogRule),
			ErrorFormat.JSON);

	@Test
	void findRuleWhenPathMatchesShouldReturnFirstMatchingRule() {
		ErrorFormatNegotiator negotiator = new ErrorFormatNegotiator(
				List.of(PathRule.of("/api/admin/**", ErrorFormat.HTML, null), this.apiRule), ErrorFormat.JSON);
		assertThat(negotiator.findRule("/api/admin/users")).extracting(PathRule::format).isEqualTo(ErrorFormat.HTML);
		assertThat(negotiator.findRule("/api/orders/7")).isSameAs(this.apiRule);
	}

	@Test
	void findRuleWhenNoRuleMatchesShouldReturnNull() {
		assertThat(this.negotiator.findRule("/shop/cart")).isNull();
		assertThat(new ErrorFormatNegotiator(List.of(), ErrorFormat.JSON).findRule("/api/x")).isNull();
	}

	@Test
	void findRuleWhenPathHasBrokenPercentEncodingShouldNotFail() {
		assertThat(this.negotiator.findRule("/api/%zz")).isSameAs(this.apiRule);
		assertThat(this.negotiator.findRule("/shop/%")).isNull();
	}

	@Test
	void findRuleWhenPathIsEncodedShouldMatchDecodedPattern() {
		ErrorFormatNegotiator negotiator = new ErrorFormatNegotiator(
				List.of(PathRule.of("/caf\u00e9/**", ErrorFormat.HTML, null)), ErrorFormat.JSON);
		assertThat(negotiator.findRule("/caf%C3%A9/menu")).isNotNull();
	}

	@Test
	void negotiateWhenRuleFixesFormatShouldIgnoreAccept() {
		assertThat(this.negotiator.negotiate(this.negotiator.findRule("/api/orders"), BROWSER_ACCEPT))
			.isEqualTo(ErrorFormat.JSON);
	}

	@Test
	void negotiateWhenRuleHasNoFormatShouldStillNegotiate() {
		PathRule rule = this.negotiator.findRule("/blog/post-1");
		assertThat(rule).isSameAs(this.blogRule);
		assertThat(this.negotiator.negotiate(rule, BROWSER_ACCEPT)).isEqualTo(ErrorFormat.HTML);
		assertThat(this.negotiator.negotiate(rule, "application/json")).isEqualTo(ErrorFormat.JSON);
	}

	@Test
	void negotiateWhenBrowserAcceptShouldBeHtml() {
		assertThat(this.negotiator.negotiate(null, BROWSER_ACCEPT)).isEqualTo(ErrorFormat.HTML);
	}

	@Test
	void negotiateWhenTextHtmlShouldBeHtml() {
		assertThat(this.negotiator.negotiate(null, "text/html")).isEqualTo(ErrorFormat.HTML);
		assertThat(this.negotiator.negotiate(null, "text/*")).isEqualTo(ErrorFormat.HTML);
		assertThat(this.negotiator.negotiate(null, "application/xhtml+xml")).isEqualTo(ErrorFormat.HTML);
	}

	@Test
	void negotiateWhenJsonMediaTypesShouldBeJson() {
		ErrorFormatNegotiator htmlByDefault = new ErrorFormatNegotiator(List.of(), ErrorFormat.HTML);
		assertThat(htmlByDefault.negotiate(null, "application/json")).isEqualTo(ErrorFormat.JSON);
		assertThat(htmlByDefault.negotiate(null, "application/problem+json")).isEqualTo(ErrorFormat.JSON);
		assertThat(htmlByDefault.negotiate(null, "application/vnd.acme.order+json")).isEqualTo(ErrorFormat.JSON);
	}

	@Test
	void negotiateWhenHtmlHasLowerQualityShouldBeJson() {
		assertThat(this.negotiator.negotiate(null, "text/html;q=0.5, application/json")).isEqualTo(ErrorFormat.JSON);
	}

	@Test
	void negotiateWhenJsonHasLowerQualityShouldBeHtml() {
		assertThat(this.negotiator.negotiate(null, "application/json;q=0.4, text/html;q=0.9"))
			.isEqualTo(ErrorFormat.HTML);
	}

	@Test
	void negotiateWhenHtmlAndJsonHaveSameQualityShouldBeJson() {
		assertThat(this.negotiator.negotiate(null, "text/html, application/json")).isEqualTo(ErrorFormat.JSON);
	}

	@Test
	void negotiateWhenHtmlIsRefusedShouldBeJson() {
		ErrorFormatNegotiator htmlByDefault = new ErrorFormatNegotiator(List.of(), ErrorFormat.HTML);
		assertThat(htmlByDefault.negotiate(null, "text/html;q=0, application/json;q=0.1")).isEqualTo(ErrorFormat.JSON);
	}

	@Test
	void negotiateWhenOnlyWildcardShouldUseDefault() {
		ErrorFormatNegotiator htmlByDefault = new ErrorFormatNegotiator(List.of(), ErrorFormat.HTML);
		assertThat(htmlByDefault.negotiate(null, "*/*")).isEqualTo(ErrorFormat.HTML);
		assertThat(this.negotiator.negotiate(null, "*/*")).isEqualTo(ErrorFormat.JSON);
	}

	@Test
	void negotiateWhenNoAcceptHeaderShouldUseDefault() {
		ErrorFormatNegotiator htmlByDefault = new ErrorFormatNegotiator(List.of(), ErrorFormat.HTML);
		assertThat(htmlByDefault.negotiate(null, null)).isEqualTo(ErrorFormat.HTML);
		assertThat(htmlByDefault.negotiate(null, "  ")).isEqualTo(ErrorFormat.HTML);
	}

	@Test
	void negotiateWhenAcceptDoesNotParseShouldUseDefault() {
		ErrorFormatNegotiator htmlByDefault = new ErrorFormatNegotiator(List.of(), ErrorFormat.HTML);
		assertThat(htmlByDefault.negotiate(null, "text/html;;;/")).isEqualTo(ErrorFormat.HTML);
		assertThat(htmlByDefault.negotiate(null, "not a media type")).isEqualTo(ErrorFormat.HTML);
		assertThat(htmlByDefault.negotiate(null, "application/json;q=abc")).isEqualTo(ErrorFormat.HTML);
		assertThat(htmlByDefault.negotiate(null, "application/json;q=7")).isEqualTo(ErrorFormat.HTML);
	}

	@Test
	void negotiateWhenClientAcceptsNeitherFormatShouldBeJson() {
		ErrorFormatNegotiator htmlByDefault = new ErrorFormatNegotiator(List.of(), ErrorFormat.HTML);
		assertThat(htmlByDefault.negotiate(null, "image/png")).isEqualTo(ErrorFormat.JSON);
		assertThat(htmlByDefault.negotiate(null, "application/xml, text/csv")).isEqualTo(ErrorFormat.JSON);
	}

}

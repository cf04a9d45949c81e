package com.pathway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/hooks/pathway", "http://127.0.0.1:9000/in",
            "https://hooks.example.org/a?token=x"})
    void acceptsHttpAndHttpsUrlsWithAHost(String url) {
        assertThat(WebhookService.urlProblem(url)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                                  | Enter the URL",
            "ftp://example.org/x                 | http:// or https://",
            "example.org/hooks                   | http:// or https://",
            "https:///nohost                     | host name",
            "https://user:secret@example.org/x   | user name and password",
            "https://example.org/x#part          | fragment",
            "'https://exa mple.org/'             | not a valid URL"})
    void rejectsOtherUrlsSayingWhy(String url, String message) {
        assertThat(WebhookService.urlProblem(url)).contains(message);
    }
}

package com.pathway.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST API's OpenAPI description ({@code /v3/api-docs}) and its Swagger UI
 * ({@code /swagger-ui/index.html}); both need a signed-in session, and every operation is described
 * as needing HTTP Basic with a user name and a personal API token.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    static final String SCHEME = "apiToken";

    @Bean
    OpenAPI pathwayOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Pathway API")
                        .version("v1")
                        .description("""
                                Pathway's REST API. Authenticate with HTTP Basic: your user name and a \
                                personal API token created under Profile (a password is never accepted). \
                                Errors are RFC 9457 problem details (application/problem+json).""")
                        .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                .components(new Components().addSecuritySchemes(SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("basic")
                        .description("User name and personal API token")))
                .addSecurityItem(new SecurityRequirement().addList(SCHEME));
    }
}

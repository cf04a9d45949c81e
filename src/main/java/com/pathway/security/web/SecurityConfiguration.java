package com.pathway.security.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.pathway.security.Role;
import com.pathway.security.SecurityProperties;
import com.pathway.security.internal.ApiAuthThrottle;
import com.pathway.security.internal.ApiTokenAuthenticator;
import com.pathway.security.internal.AuthFailureSummaries;
import com.pathway.security.internal.OpenSessions;
import com.pathway.security.internal.SecondStepPolicy;
import com.pathway.security.internal.SignInThrottle;
import com.pathway.security.ui.LoginView;
import com.pathway.shared.web.Problems;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * Two filter chains. {@code /api/**} and {@code /actuator/**}: stateless HTTP Basic with a user name
 * and a personal API token (never a password), problem+json on 401 and 403; only the public inquiry
 * API ({@code POST /api/v1/inquiries}, with its CORS preflight) and the health check are open; the actuator is
 * read-only (GET, administrators). Authentication comes before routing: an unknown API address answers 401 to an
 * anonymous caller and 404 problem+json to a signed-in one ({@code shared.web.UnknownApiPaths}). Everything else: the
 * Vaadin UI with form login, CSRF and a session. Both send the same security headers; only the Vaadin pages'
 * Content-Security-Policy allows inline code, which Vaadin's bootstrap needs (none allows {@code eval}).
 * <p>
 * Services are guarded by {@code @PreAuthorize}. The pages' {@code @RolesAllowed} and {@code @PermitAll} guard the
 * navigation to them (Vaadin's access control, set up by {@link VaadinSecurityConfigurer}) and the methods they
 * declare ({@link PageMethodSecurity}).
 */
@Configuration
@EnableMethodSecurity
public class SecurityConfiguration {

    /**
     * Vaadin needs inline scripts and styles for its bootstrap. Its client runs the JavaScript of {@code executeJs}
     * and of components' server calls through {@code new Function}, which this policy refuses: the functions it
     * builds are listed ahead ({@link KnownFunctionScripts}), so no {@code eval} is allowed
     * ({@link #pagePolicy} with {@code pathway.security.allow-eval} is the way back). All else comes from this origin;
     * {@code connect-src 'self'} covers the push WebSocket to this host (CSP Level 3) and no other. Framing is
     * refused.
     */
    static final String CONTENT_SECURITY_POLICY = pagePolicy(false);

    /** {@link #CONTENT_SECURITY_POLICY}, with {@code 'unsafe-eval'} among its scripts' sources when {@code allowEval}. */
    static String pagePolicy(boolean allowEval) {
        return "default-src 'self'; script-src 'self' 'unsafe-inline'" + (allowEval ? " 'unsafe-eval'" : "") + "; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    /**
     * The pages that are not Vaadin's, so nothing in them needs {@code eval} or inline code: the plain second
     * sign-in step ({@link SecondStepPage}: no script, one stylesheet and an icon from this origin) and every
     * answer of the API and the actuator (data, never a page: nothing at all may load from them).
     */
    static final String PLAIN_PAGE_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; "
            + "img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";

    /** No page of Pathway uses the camera, microphone, location, payments or other powerful features. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), hid=(), midi=(), display-capture=(), clipboard-read=(), "
            + "browsing-topics=(), interest-cohort=()";

    /** The web form's API path, open without a sign-in. */
    static final String PUBLIC_INQUIRIES = "/api/v1/inquiries";

    /** Calendar feeds, read by calendar apps with the secret in the address instead of a sign-in. */
    static final String CALENDAR_FEEDS = "/api/v1/calendar/*";

    /** The pages' JSR-250 annotations on their own methods (see {@link PageMethodSecurity} for why not the switch). */
    @Bean
    static PageMethodSecurity pageMethodSecurity(ObjectProvider<SecurityContextHolderStrategy> strategies) {
        return new PageMethodSecurity(strategies);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * No Micrometer observations of the security filters, sign-ins or authorization checks: nothing reads
     * them, and every service call passes a method-security check, so each observation was paid for on every
     * call (on a board of 120 cards, about a seventh of the request's processor time). The audit trail
     * records who did what; metrics of requests stay with Spring MVC's own.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokenAuthenticator tokens,
            ProblemSecurityHandler problems, ApiAuthThrottle throttle, Problems problemWriter) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        // The public web-to-lead API: the clinic's web site posts inquiries without a sign-in.
                        .requestMatchers(HttpMethod.POST, PUBLIC_INQUIRIES).permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, PUBLIC_INQUIRIES).permitAll()
                        // A person's calendar feed: the secret in its address is the credential.
                        .requestMatchers(HttpMethod.GET, CALENDAR_FEEDS).permitAll()
                        // Actuator is read-only: an administrator may look, never change (log levels could
                        // switch on SQL parameter logging, which writes search terms and token hashes to the log).
                        .requestMatchers(HttpMethod.GET, "/actuator/**").hasRole(Role.Names.ADMIN)
                        .requestMatchers("/actuator/**").denyAll()
                        // A read-only token reads (GET, HEAD) and writes nothing.
                        .anyRequest().access(new ReadOnlyTokens()))
                .cors(Customizer.withDefaults())
                .authenticationManager(new ProviderManager(tokens.asProvider()))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers(headers, API_CONTENT_SECURITY_POLICY));
        // An address that failed too often is refused before its credentials are checked (429, Retry-After).
        http.addFilterBefore(new ApiAuthThrottleFilter(throttle, problemWriter), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiFilterChain(HttpSecurity http, RequestUtil vaadinRequests, OpenSessions sessions,
            SecurityProperties properties, SecondStepPolicy secondStep, SignInThrottle throttle,
            AuthFailureSummaries summaries, ApplicationEventPublisher events, Clock clock) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/icons/**", "/styles/**", "/scripts/**")
                .permitAll());
        // Any other address reaches Vaadin (or the API reference) for a signed-in user, so an unknown page
        // shows Pathway's own "not found" page rather than a bare 403; anonymous users are sent to sign in.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout")
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)
                .enableCsrfConfiguration(false));
        // Vaadin's own client requests carry Vaadin's anti-forgery token and are exempt from Spring's. Unlike
        // Vaadin's default, the sign-in POST is not exempt: the login form sends the page's CSRF token.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // A second-step code posted from a form that expired (no or a stale CSRF token) is not checked: the form
        // opens again and says so.
        // Every other refusal stays a plain 403. (A single handler given through defaultAccessDeniedHandlerFor
        // would answer for every request, whatever its matcher.)
        LinkedHashMap<RequestMatcher, AccessDeniedHandler> refusals = new LinkedHashMap<>();
        refusals.put(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/" + SecondStepSession.PATH),
                (request, response, denied) -> {
                    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                    response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + "/" + SecondStepSession.PATH
                            + "?" + SecondStepController.EXPIRED);
                });
        http.exceptionHandling(ex -> ex.accessDeniedHandler(
                new RequestMatcherDelegatingAccessDeniedHandler(refusals, new AccessDeniedHandlerImpl())));
        http.headers(headers -> headers(headers, pagePolicy(properties.allowEval())));
        // Sessions: a new id at sign-in (against fixation), then registered so they can be listed and ended;
        // the policy filter ends them after the idle time, after the lifetime, or when someone ended them.
        http.sessionManagement(session -> session.sessionAuthenticationStrategy(new CompositeSessionAuthenticationStrategy(
                List.of(new ChangeSessionIdAuthenticationStrategy(), new SignInRecorder(sessions, secondStep, clock)))));
        http.addFilterAfter(new SessionPolicyFilter(sessions, properties, vaadinRequests, events, clock),
                SecurityContextHolderFilter.class);
        // A session whose second step (a code from the user's app) is due reaches nothing but that step.
        http.addFilterAfter(new SecondStepFilter(vaadinRequests), SessionPolicyFilter.class);
        // Then a password an administrator set must be changed before anything else.
        http.addFilterAfter(new PasswordChangeFilter(vaadinRequests), SecondStepFilter.class);
        // An address that failed to sign in too often is refused before its password is checked (SignInThrottle).
        http.addFilterBefore(new SignInThrottleFilter(throttle, summaries), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    /**
     * The security headers of both chains, {@code pagePolicy} the Content-Security-Policy of their answers but the
     * plain second-step page's ({@link #PLAIN_PAGE_CONTENT_SECURITY_POLICY}).
     */
    static void headers(HeadersConfigurer<HttpSecurity> headers, String pagePolicy) {
        // Written before the request goes on: Vaadin's page bootstrap (index.html) otherwise commits its
        // response without them and sets only its own X-Frame-Options.
        headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        RequestMatcher plainPage = PathPatternRequestMatcher.withDefaults().matcher("/" + SecondStepSession.PATH);
        headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(plainPage,
                        new ContentSecurityPolicyHeaderWriter(PLAIN_PAGE_CONTENT_SECURITY_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(plainPage),
                        new ContentSecurityPolicyHeaderWriter(pagePolicy)))
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .crossOriginOpenerPolicy(coop -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
                // Sent only on requests that arrived over HTTPS (directly, or through a trusted proxy).
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true));
    }

    /**
     * Tells Spring Security when the container creates, destroys or renumbers a session, so the session
     * registry forgets ended sessions.
     */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * The container ends a session after the idle time without any request (a closed tab); an open tab's
     * heartbeats keep it alive there, so {@link SessionPolicyFilter} applies the idle limit itself.
     */
    @Bean
    HttpSessionListener sessionTimeoutListener(SecurityProperties properties) {
        int seconds = Math.toIntExact(properties.sessionTimeout().toSeconds());
        return new HttpSessionListener() {
            @Override
            public void sessionCreated(HttpSessionEvent event) {
                event.getSession().setMaxInactiveInterval(seconds);
            }
        };
    }
}

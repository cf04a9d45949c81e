package com.pathway.security.web;

import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import com.pathway.security.internal.ApiToken;

/**
 * The API's rule for a signed-in caller: any request, unless the caller signed it with a read-only token
 * and the method is not a read (GET, HEAD, or a POST of a search that keeps its text out of the address).
 */
final class ReadOnlyTokens implements AuthorizationManager<RequestAuthorizationContext> {

    private static final Set<String> READS = Set.of("GET", "HEAD");
    /** Reads sent as POST so that their search text stays out of the address. */
    static final Set<String> READS_BY_POST = Set.of("/api/v1/leads/search", "/api/v1/leads/search/count",
            "/api/v1/leads/search/export");
    /** The board's search, {@code POST /api/v1/boards/{project}/search}: a read, by POST for the same reason. */
    private static final Pattern BOARD_SEARCH = Pattern.compile("/api/v1/boards/[^/]+/search");

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        Authentication auth = authentication.get();
        boolean signedIn = auth != null && auth.isAuthenticated()
                && !new AuthenticationTrustResolverImpl().isAnonymous(auth);
        return new AuthorizationDecision(signedIn && !refuses(context.getRequest(), auth));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    static boolean readByPost(String path) {
        return READS_BY_POST.contains(path) || BOARD_SEARCH.matcher(path).matches();
    }

    /** Whether the request writes and its caller holds only a read-only token. */
    static boolean refuses(HttpServletRequest request, Authentication auth) {
        return auth != null && !READS.contains(request.getMethod())
                && !("POST".equals(request.getMethod()) && readByPost(path(request)))
                && auth.getAuthorities().stream().anyMatch(a -> ApiToken.READ_ONLY_AUTHORITY.equals(a.getAuthority()));
    }
}

package com.pathway.shared.web;

import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.pathway.shared.InvalidInputException;
import com.pathway.shared.PageBounds;

/**
 * The API's paging parameters, checked in one place for every operation that pages: whenever a controller
 * method takes a {@code page} or {@code size} request parameter, both are checked before it runs
 * ({@link PageBounds#checkRequest}), so that a bad value answers 422 problem+json naming it, never a 400
 * about conversion or a 500 from the database.
 */
@Configuration(proxyBeanMethods = false)
public class PagingParameters implements WebMvcConfigurer, HandlerInterceptor {

    static final String PAGE = "page";
    static final String SIZE = "size";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Optional<RequestParam> page = parameter(method, PAGE);
        Optional<RequestParam> size = parameter(method, SIZE);
        if (page.isEmpty() && size.isEmpty()) {
            return true;
        }
        PageBounds.checkRequest(number(request, PAGE, page, 0), number(request, SIZE, size, PageBounds.MAX_SIZE));
        return true;
    }

    private static Optional<RequestParam> parameter(HandlerMethod method, String name) {
        return Arrays.stream(method.getMethodParameters())
                .filter(p -> p.hasParameterAnnotation(RequestParam.class) && name.equals(nameOf(p)))
                .map(p -> p.getParameterAnnotation(RequestParam.class))
                .findFirst();
    }

    private static String nameOf(MethodParameter parameter) {
        RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
        String declared = annotation.name().isEmpty() ? annotation.value() : annotation.name();
        return declared.isEmpty() ? parameter.getParameterName() : declared;
    }

    /** The value sent, else the operation's default; a value that is not a whole number is refused by name. */
    private static long number(HttpServletRequest request, String name, Optional<RequestParam> declared,
            long fallback) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            value = declared.map(RequestParam::defaultValue).filter(d -> !ValueConstants.DEFAULT_NONE.equals(d))
                    .orElse(null);
        }
        if (value == null) {
            return fallback;
        }
        String digits = value.strip();
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            if (digits.matches("\\d+")) {
                return Long.MAX_VALUE;  // more digits than a long: certainly past the bound
            }
            throw InvalidInputException.of(name, "Use a whole number for " + name + ".");
        }
    }
}

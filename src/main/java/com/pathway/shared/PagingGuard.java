package com.pathway.shared;

import java.lang.reflect.Method;
import java.util.Arrays;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Every method of a Pathway {@link Service} that takes a {@link Pageable} refuses a page past
 * {@link PageBounds#MAX_OFFSET} before it runs, whoever calls it (a view's lazy grid, a controller, another
 * module). One guard instead of a check in each service, so that a new paged service method is covered too.
 */
@Configuration(proxyBeanMethods = false)
public class PagingGuard {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor pagingGuardAdvisor() {
        MethodInterceptor check = invocation -> {
            for (Object argument : invocation.getArguments()) {
                if (argument instanceof Pageable pageable) {
                    PageBounds.check(pageable);
                }
            }
            return invocation.proceed();
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new PagedServiceMethods(), check);
        // Innermost: method security answers first who may call at all.
        advisor.setOrder(Ordered.LOWEST_PRECEDENCE);
        return advisor;
    }

    /** Public methods with a {@link Pageable} parameter, on {@link Service} classes under {@code com.pathway}. */
    static final class PagedServiceMethods extends StaticMethodMatcherPointcut {

        private static boolean isPathwayService(Class<?> type) {
            return type.getName().startsWith("com.pathway.") && AnnotatedElementUtils.hasAnnotation(type, Service.class);
        }

        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            return java.lang.reflect.Modifier.isPublic(method.getModifiers())
                    && Arrays.stream(method.getParameterTypes()).anyMatch(Pageable.class::isAssignableFrom);
        }

        @Override
        public ClassFilter getClassFilter() {
            return PagedServiceMethods::isPathwayService;
        }
    }
}

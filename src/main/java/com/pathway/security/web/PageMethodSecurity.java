package com.pathway.security.web;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * JSR-250 method security for the classes that carry its annotations, the pages and the layout: their
 * {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} guard the methods they declare, as
 * {@code @EnableMethodSecurity(jsr250Enabled = true)} would, besides the navigation that Vaadin guards with them.
 * <p>
 * Why not that switch: Vaadin builds a page and its layout at every navigation, and Spring's proxy creator, for a
 * bean it proxies, matches every method security and transaction advisor against each of a component's hundreds of
 * methods, every time, before it makes the proxy. That search was a tenth of the server's processor time under
 * the realistic UI load. Here the only advice is this one, known in advance, so nothing is searched; what a call
 * meets is the same interceptor as before.
 */
final class PageMethodSecurity implements BeanPostProcessor {

    private static final List<Class<? extends Annotation>> JSR_250 = List.of(RolesAllowed.class, PermitAll.class,
            DenyAll.class);

    private final ObjectProvider<SecurityContextHolderStrategy> strategies;
    private final Map<Class<?>, Boolean> guarded = new ConcurrentHashMap<>();
    private volatile AuthorizationManagerBeforeMethodInterceptor interceptor;

    PageMethodSecurity(ObjectProvider<SecurityContextHolderStrategy> strategies) {
        this.strategies = strategies;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        Class<?> type = AopUtils.getTargetClass(bean);
        if (!guarded.computeIfAbsent(type, PageMethodSecurity::annotated)) {
            return bean;
        }
        if (bean instanceof Advised advised && !advised.isFrozen()) {
            // Already a proxy (another advice applies to the class): the check joins it, first.
            advised.addAdvice(0, interceptor());
            return bean;
        }
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice(interceptor());
        return proxy.getProxy(type.getClassLoader());
    }

    /** Annotated on the class or on a method it declares, as JSR-250 method security's own pointcut reads it. */
    static boolean annotated(Class<?> type) {
        return JSR_250.stream().anyMatch(annotation -> type.isAnnotationPresent(annotation)
                || Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(annotation)));
    }

    private AuthorizationManagerBeforeMethodInterceptor interceptor() {
        AuthorizationManagerBeforeMethodInterceptor made = interceptor;
        if (made == null) {
            made = AuthorizationManagerBeforeMethodInterceptor.jsr250();
            made.setSecurityContextHolderStrategy(
                    strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
            interceptor = made;
        }
        return made;
    }
}

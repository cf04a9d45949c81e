package com.pathway.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.authorization.AuthorizationDeniedException;

import com.pathway.clinic.ui.LeadsView;
import com.pathway.support.ViewTest;
import com.pathway.ui.MainLayout;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;

/**
 * A page's {@code @RolesAllowed} guards its methods too, not only the navigation to it; and every navigation builds
 * the page and the layout afresh, as the pages are written for (a lead page never shows another lead's draft).
 */
class PageMethodSecurityTest extends ViewTest {

    @Test
    void aPageRefusesItsMethodsToSomeoneItsRolesDoNotAllow() {
        signInAs("intake");
        LeadsView leads = context.getAutowireCapableBeanFactory().createBean(LeadsView.class);
        // The page's own methods: reached (and failing on the missing event) for a coordinator...
        assertThatThrownBy(() -> leads.beforeEnter(null)).isInstanceOf(NullPointerException.class);

        // ...and refused, before they run, to an administrator, whom the page's roles do not include.
        signInAs("admin");
        assertThatThrownBy(() -> leads.beforeEnter(null)).isInstanceOf(AuthorizationDeniedException.class);

        // One advice, known in advance: making a page searches no advisor in its methods.
        assertThat(((org.springframework.aop.framework.Advised) leads).getAdvisors()).hasSize(1);
    }

    @jakarta.annotation.security.RolesAllowed(com.pathway.security.Role.Names.ADMIN)
    static class Guarded {
        public String name() {
            return "guarded";
        }
    }

    @Test
    void aClassAlreadyProxiedForAnotherAdviceGetsTheCheckInItsOwnProxy() {
        org.springframework.aop.framework.ProxyFactory other = new org.springframework.aop.framework.ProxyFactory(
                new Guarded());
        other.setProxyTargetClass(true);
        other.addAdvice((org.aopalliance.intercept.MethodInterceptor) invocation -> invocation.proceed());
        Object proxied = other.getProxy();

        Object after = context.getBean(PageMethodSecurity.class).postProcessAfterInitialization(proxied, "guarded");

        assertThat(after).isSameAs(proxied);
        assertThat(((org.springframework.aop.framework.Advised) after).getAdvisors()).hasSize(2);
        signInAs("intake");
        assertThatThrownBy(((Guarded) after)::name).isInstanceOf(AuthorizationDeniedException.class);
        signInAs("admin");
        assertThat(((Guarded) after).name()).isEqualTo("guarded");
    }

    @Test
    void onlyClassesThatCarryTheAnnotationsAreWrapped() {
        assertThat(PageMethodSecurity.annotated(LeadsView.class)).isTrue();
        assertThat(PageMethodSecurity.annotated(MainLayout.class)).as("@PermitAll").isTrue();
        assertThat(PageMethodSecurity.annotated(com.pathway.clinic.LeadService.class)).isFalse();
        assertThat(context.getBean(com.pathway.clinic.LeadService.class).getClass().getName())
                .as("services keep Spring's own proxies").contains("SpringCGLIB");
    }

    @Test
    void eachNavigationBuildsThePageAndTheLayoutAfresh() {
        open("intake", "leads");
        UIInternals internals = UI.getCurrent().getInternals();
        Object page = internals.getActiveRouterTargetsChain().getFirst();
        Object layout = internals.getActiveRouterTargetsChain().getLast();
        assertThat(page).isInstanceOf(LeadsView.class);
        assertThat(layout).isInstanceOf(MainLayout.class);

        UI.getCurrent().navigate("leads", com.vaadin.flow.router.QueryParameters.fromString("overdue=true"));

        assertThat(internals.getActiveRouterTargetsChain().getFirst()).isInstanceOf(LeadsView.class).isNotSameAs(page);
        assertThat(internals.getActiveRouterTargetsChain().getLast()).isInstanceOf(MainLayout.class)
                .isNotSameAs(layout);
    }
}

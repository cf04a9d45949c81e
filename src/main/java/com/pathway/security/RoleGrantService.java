package com.pathway.security;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.security.internal.RoleGrantRequest;
import com.pathway.security.internal.RoleGrantRequestRepository;
import com.pathway.security.internal.UserAccount;
import com.pathway.security.internal.UserAccountRepository;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;

/**
 * The second administrator's side of {@link RoleGrants}: pending grants are listed, and approved or
 * declined by an administrator other than the one who asked (who may withdraw it by declining). Nobody
 * approves a grant to themselves. Every decision is audited.
 */
@Service
@Transactional
@PreAuthorize(Access.ADMIN)
public class RoleGrantService {

    /** Pending grants shown at once: a handful in practice; the oldest come first. */
    public static final int MAX_LISTED = 100;

    private final RoleGrantRequestRepository requests;
    private final UserAccountRepository users;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public RoleGrantService(RoleGrantRequestRepository requests, UserAccountRepository users,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.users = users;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PendingRoleGrant> pendingGrants() {
        return requests.findByStatusOrderByRequestedAtAscIdAsc(RoleGrantRequest.Status.PENDING,
                Pageable.ofSize(MAX_LISTED)).stream().map(this::toPending).toList();
    }

    /** Grants the requested roles; refused to the administrator who asked and to the user concerned. */
    public PendingRoleGrant approve(long grantId) {
        RoleGrantRequest request = loadPending(grantId);
        UserAccount user = users.findById(request.getUserId())
                .orElseThrow(() -> new NotFoundException("No user with id " + request.getUserId() + "."));
        String me = me();
        if (me.equals(request.getRequestedBy())) {
            throw InvalidInputException.of("", "You asked for this grant; another administrator must approve it.");
        }
        if (me.equals(user.getUsername())) {
            throw InvalidInputException.of("", "You cannot approve a grant of roles to yourself.");
        }
        if (!user.isActive()) {
            throw InvalidInputException.of("", user.getUsername() + " is deactivated; decline this request instead.");
        }
        PendingRoleGrant pending = toPending(request, user);
        Set<Role> roles = user.getRoles();
        roles.addAll(request.getRoles());
        user.updateProfile(user.getDisplayName(), user.getEmail(), roles, clock.instant());
        request.decide(true, me, clock.instant());
        publish("ROLE_GRANT_APPROVED", request, user);
        return pending;
    }

    /** Declines the request: by another administrator, or withdrawn by the one who asked. */
    public PendingRoleGrant decline(long grantId) {
        RoleGrantRequest request = loadPending(grantId);
        UserAccount user = users.findById(request.getUserId())
                .orElseThrow(() -> new NotFoundException("No user with id " + request.getUserId() + "."));
        PendingRoleGrant pending = toPending(request, user);
        request.decide(false, me(), clock.instant());
        publish("ROLE_GRANT_DECLINED", request, user);
        return pending;
    }

    private RoleGrantRequest loadPending(long grantId) {
        return requests.findById(grantId)
                .filter(r -> r.getStatus() == RoleGrantRequest.Status.PENDING)
                .orElseThrow(() -> new NotFoundException(
                        "No pending role grant " + grantId + "; another administrator may have decided it."));
    }

    private String me() {
        return currentUser.username().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    private void publish(String action, RoleGrantRequest request, UserAccount user) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("username", user.getUsername());
        details.put("roles", request.getRoles().stream().map(Role::name).sorted().toList());
        details.put("requestedBy", request.getRequestedBy());
        details.put("grantRequest", request.getId());
        events.publishEvent(new SecurityAuditEvent(action, me(), "USER", String.valueOf(user.getId()), true, null,
                details));
    }

    private PendingRoleGrant toPending(RoleGrantRequest request) {
        return toPending(request, users.findById(request.getUserId()).orElseThrow());
    }

    private static PendingRoleGrant toPending(RoleGrantRequest request, UserAccount user) {
        return new PendingRoleGrant(request.getId(), user.getId(), user.getUsername(), user.getDisplayName(),
                request.getRoles(), request.getRequestedBy(), request.getRequestedAt());
    }
}
